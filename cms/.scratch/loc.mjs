import ru from '../../node_modules/decap-cms-locales/dist/esm/ru/index.js';
import en from '../../node_modules/decap-cms-locales/dist/esm/en/index.js';
const flat = (o, p = '') => Object.entries(o).flatMap(([k, v]) => typeof v === 'object' ? flat(v, p + k + '.') : [[p + k, v]]);
const r = new Map(flat(ru)), e = flat(en);
for (const [k, v] of e) if (!r.has(k)) console.log('MISSING', k, '=', v);
