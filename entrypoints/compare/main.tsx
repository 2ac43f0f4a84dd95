import { createRoot } from 'react-dom/client';
import { App } from './App';
import '../popup/style.css';
import './style.css';

document.documentElement.lang = navigator.language;
createRoot(document.getElementById('root')!).render(<App />);
