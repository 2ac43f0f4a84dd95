import { createRoot } from 'react-dom/client';
import { BadgeFrame } from './BadgeFrame';
import '@/lib/badge/pill.css';
import './style.css';

createRoot(document.getElementById('root')!).render(<BadgeFrame />);
