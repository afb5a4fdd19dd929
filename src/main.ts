import { mount } from 'svelte';
import App from './App.svelte';
import { browserClock } from './common/renderer-clock';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('The popover page has no #app element');

mount(App, { target, props: { api: window.omi, clock: browserClock } });
