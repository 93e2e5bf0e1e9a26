import './public.css';
import { h, show } from './dom.ts';
import { renderTrack } from './track-page.ts';
import { renderVillage } from './village-page.ts';

/** The villagers' page: /v/<token> (from the QR code) and /track/<code>. No account, no admin bundle. */
const [, kind, param = ''] = location.pathname.split('/');
const value = decodeURIComponent(param);
if (kind === 'v' && value) void renderVillage(value);
else if (kind === 'track') void renderTrack(value);
else show(h('h1', {}, '页面不存在'), h('p', {}, '请扫描村里公示牌上的二维码。'));
