/**
 * «Скачать DOCX»: the Word file is built in the browser from the roadmap's JSON, so the build
 * does not spend time on 20,000 documents. The heavy module loads only on click.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-docx]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const status = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    button.disabled = true;
    if (status) status.textContent = 'Готовим документ…';
    try {
      // data-docx-kind="municipal": the municipal roadmap (seed 004); otherwise a school's roadmap.
      const build = button.dataset.docxKind === 'municipal'
        ? import('../lib/municipal-roadmap-docx.ts').then((m) => m.municipalRoadmapDocxBlob)
        : import('../lib/roadmap-docx.ts').then((m) => m.roadmapDocxBlob);
      const [toBlob, data] = await Promise.all([
        build,
        fetch(button.dataset.docx!).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))),
      ]);
      const blob = await toBlob(data.roadmap, data.context);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = button.dataset.filename ?? 'dorozhnaya-karta.docx';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      if (status) status.textContent = 'Документ сохранён.';
    } catch {
      if (status) status.textContent = 'Не удалось подготовить документ. Попробуйте ещё раз или скачайте JSON.';
    } finally {
      button.disabled = false;
    }
  });
}
