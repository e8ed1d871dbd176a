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
      const [{ roadmapDocxBlob }, data] = await Promise.all([
        import('../lib/roadmap-docx.ts'),
        fetch(button.dataset.docx!).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))),
      ]);
      const blob = await roadmapDocxBlob(data.roadmap, data.context);
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
