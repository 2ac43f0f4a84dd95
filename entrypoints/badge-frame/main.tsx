import { createRoot } from 'react-dom/client';
import { BadgeFrame } from './BadgeFrame';
import './style.css';

createRoot(document.getElementById('root')!).render(<BadgeFrame />);
