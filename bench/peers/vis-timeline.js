// The same events as the site's timeline, with vis-timeline's default options.
fetch('/__bench/data/events.json')
  .then((r) => r.json())
  .then((events) => {
    const items = new vis.DataSet(events.map((e) => ({ id: e.id, start: e.date, content: e.title, group: e.type })));
    const groups = new vis.DataSet([...new Set(events.map((e) => e.type))].map((t) => ({ id: t, content: t })));
    window.timeline = new vis.Timeline(document.getElementById('timeline'), items, groups, { height: '100vh' });
  });
