// The same events as the site's timeline, as TimelineJS slides, from local files only.
fetch('/__bench/data/events.json')
  .then((r) => r.json())
  .then((events) => {
    const slides = events.map((e) => {
      const [year, month, day] = e.date.split('-');
      return {
        unique_id: e.id,
        start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
        text: { headline: e.title },
        group: e.type,
      };
    });
    window.timeline = new TL.Timeline('timeline', { events: slides }, {
      script_path: '/__bench/lib/@knight-lab/timelinejs/dist/js/',
      font: null,
    });
  });
