import { start } from './app/start.tsx';
import './styles/theme.css';
import './styles/app.css';

const root = document.getElementById('root');
if (root) void start(root);
