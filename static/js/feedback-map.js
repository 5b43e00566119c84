// The map picker of the feedback form (/feedback/new): progressive
// enhancement of the latitude and longitude fields, which stay the way to
// give a point without this script.  The area and the wards' landmarks come
// from the page (data attributes written by feedback_pages_public.c); no
// tiles, nothing fetched from anywhere.  A click, the arrow keys, or the
// browser's position fill the two fields; typing in them moves the mark.
'use strict';

(function () {
  const box = document.getElementById('fb-map');
  const latIn = document.getElementById('f-fb-lat');
  const lonIn = document.getElementById('f-fb-long');
  if (!box || !latIn || !lonIn) return;
  const NS = 'http://www.w3.org/2000/svg';
  const d = box.dataset;
  const area = d.south ? {
    south: Number(d.south), north: Number(d.north), west: Number(d.west), east: Number(d.east),
  } : null;
  const round = (v) => Math.round(v * 100000) / 100000;
  const status = document.createElement('p');
  status.className = 'hint';
  status.setAttribute('role', 'status');

  function fill(lat, lon) {
    latIn.value = String(round(lat));
    lonIn.value = String(round(lon));
    latIn.dispatchEvent(new Event('input'));
  }

  // The position, for phones: the most useful way to say where one stands.
  if (navigator.geolocation) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = d.locate;
    b.addEventListener('click', () => {
      status.textContent = d.locating;
      navigator.geolocation.getCurrentPosition((p) => {
        status.textContent = '';
        fill(p.coords.latitude, p.coords.longitude);
      }, () => { status.textContent = d.unlocated; }, { timeout: 15000, maximumAge: 60000 });
    });
    box.append(b);
  }
  box.append(status);

  if (area) {
    // Margins of a tenth; x scaled by cos(latitude) so the wards keep their shape.
    const mLat = (area.north - area.south) / 10;
    const mLon = (area.east - area.west) / 10;
    const s = area.south - mLat;
    const n = area.north + mLat;
    const w = area.west - mLon;
    const e = area.east + mLon;
    const k = Math.cos(((s + n) / 2) * Math.PI / 180);
    const W = 1000;
    const H = Math.round(W * (n - s) / ((e - w) * k));
    const x = (lon) => (lon - w) / (e - w) * W;
    const y = (lat) => (n - lat) / (n - s) * H;
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.setAttribute('tabindex', '0');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', d.label);
    const el = (name, attrs, text) => {
      const node = document.createElementNS(NS, name);
      for (const [a, v] of Object.entries(attrs)) node.setAttribute(a, v);
      if (text) node.textContent = text;
      svg.append(node);
      return node;
    };
    el('rect', { x: 0, y: 0, width: W, height: H, class: 'fb-map-ground' });
    // A grid every hundredth of a degree (about a kilometre), labelled at the
    // edges: every line of latitude, every other of longitude (their labels are wider).
    for (let i = Math.ceil(w * 100); i < e * 100; i++) {
      el('line', { x1: x(i / 100), y1: 0, x2: x(i / 100), y2: H, class: 'fb-map-grid' });
      if (i % 2 === 0) el('text', { x: x(i / 100) + 4, y: H - 8, class: 'fb-map-tick' }, (i / 100).toFixed(2));
    }
    for (let v = Math.ceil(s * 100) / 100; v < n; v += 0.01) {
      el('line', { x1: 0, y1: y(v), x2: W, y2: y(v), class: 'fb-map-grid' });
      el('text', { x: 4, y: y(v) - 4, class: 'fb-map-tick' }, v.toFixed(2));
    }
    for (const li of box.querySelectorAll('.fb-map-wards li')) {
      const lat = Number(li.dataset.lat);
      const lon = Number(li.dataset.lon);
      el('circle', { cx: x(lon), cy: y(lat), r: 7, class: 'fb-map-ward' });
      // Labels of the eastern wards run to the left, so none leaves the map.
      const east = x(lon) > W * 0.75;
      el('text', { x: x(lon) + (east ? -12 : 12), y: y(lat) + 9, 'text-anchor': east ? 'end' : 'start',
        class: 'fb-map-label' }, li.textContent);
    }
    const mark = el('circle', { r: 14, class: 'fb-map-mark', visibility: 'hidden' });
    const place = () => {
      const lat = Number(latIn.value.replace(',', '.'));
      const lon = Number(lonIn.value.replace(',', '.'));
      const inside = latIn.value && lonIn.value && lat > s && lat < n && lon > w && lon < e;
      mark.setAttribute('visibility', inside ? 'visible' : 'hidden');
      if (inside) {
        mark.setAttribute('cx', x(lon));
        mark.setAttribute('cy', y(lat));
      }
    };
    svg.addEventListener('click', (ev) => {
      const r = svg.getBoundingClientRect();
      const px = (ev.clientX - r.left) / r.width * W;
      const py = (ev.clientY - r.top) / r.height * H;
      fill(n - py / H * (n - s), w + px / W * (e - w));
    });
    svg.addEventListener('keydown', (ev) => {
      const step = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[ev.key];
      if (!step) return;
      ev.preventDefault();
      const lat0 = latIn.value ? Number(latIn.value.replace(',', '.')) : (s + n) / 2;
      const lon0 = lonIn.value ? Number(lonIn.value.replace(',', '.')) : (w + e) / 2;
      fill(lat0 + step[0] * (n - s) / 100, lon0 + step[1] * (e - w) / 100);
    });
    latIn.addEventListener('input', place);
    lonIn.addEventListener('input', place);
    box.prepend(svg);
    place();
  }
  box.hidden = false;
}());
