/**
 * The approval table (src/data/approval.ts) and what the editor's widget does with it
 * (cms/cycle-actions.ts): actions offered per status and cycle, steps appended with date and role,
 * a return refused without a comment, one action per save.
 */
import { fromJS } from 'immutable';
import { describe, expect, it } from 'vitest';
import { actionsFrom, canTransition, statusLabel } from '../../src/data/approval.ts';
import { checkApproval } from '../../src/lib/approval.ts';
import { addComment, applyAction, approvalProblem, availableActions, localToday, readApproval, readThread, undoUnsaved, withComment } from '../../cms/cycle-actions.ts';
import { t } from '../../src/i18n/index.ts';

const ids = (from: Parameters<typeof actionsFrom>[0], cycle?: Parameters<typeof actionsFrom>[1]) => actionsFrom(from, cycle).map((a) => `${a.id}:${a.label}`);

describe('actions of the approval table', () => {
  it('offers only the allowed transitions of a document, with the programme’s wording', () => {
    expect(ids(undefined)).toEqual(['create:Записать как черновик', 'submit:Отправить на согласование']);
    expect(ids('draft')).toEqual(['submit:Отправить на согласование']);
    expect(ids('submitted')).toEqual(['approve:Одобрить', 'return:Вернуть на доработку']);
    expect(ids('returned')).toEqual(['submit:Отправить на согласование']);
    expect(ids('approved')).toEqual(['start:Начать реализацию']);
    expect(ids('in_progress')).toEqual(['complete:Завершить']);
    expect(ids('completed')).toEqual([]);
    expect(actionsFrom('submitted').find((a) => a.id === 'return')!.comment).toBe(true);
    expect(actionsFrom('submitted').find((a) => a.id === 'approve')!.comment).toBe(false);
  });

  it('gives evidence its own small graph: accept or return, nothing after acceptance', () => {
    expect(ids('submitted', 'evidence')).toEqual(['approve:Принять', 'return:Вернуть']);
    expect(ids('returned', 'evidence')).toEqual(['submit:Отправить на проверку']);
    expect(ids('approved', 'evidence')).toEqual([]);
    expect(canTransition('approved', 'in_progress', 'evidence')).toBe(false);
    expect(canTransition('approved', 'in_progress')).toBe(true);
    expect(statusLabel('approved', 'evidence')).toBe('Принято');
    expect(statusLabel('approved')).toBe('Согласована');
  });

  it('checks evidence histories against the evidence graph', () => {
    const history = [
      { date: '2025-05-20', status: 'submitted', by: 'school-coordinator' },
      { date: '2025-05-22', status: 'approved', by: 'curator' },
      { date: '2025-05-25', status: 'in_progress', by: 'school-coordinator' },
    ];
    expect(checkApproval({ status: 'in_progress', history })).toEqual([]);
    expect(checkApproval({ status: 'in_progress', history }, 'evidence')).toEqual([
      { path: ['history', 2, 'status'], message: 'переход «Принято» (approved) → «Реализуется» (in_progress) не допускается. Статус «Принято» (approved) последний: после него шагов не бывает.' },
    ]);
  });
});

describe('the widget’s value', () => {
  const submitted = applyAction(undefined, 'submitted', 'school-director', '2025-02-10');

  it('appends a step with the date and the acting role and sets the status from it', () => {
    expect(submitted).toEqual({ status: 'submitted', history: [{ date: '2025-02-10', status: 'submitted', by: 'school-director' }] });
    const returned = applyAction(submitted, 'returned', 'curator', '2025-02-14', '  Добавьте показатель к задаче t2.  ');
    expect(returned.status).toBe('returned');
    expect(returned.history[1]).toEqual({ date: '2025-02-14', status: 'returned', by: 'curator', comment: 'Добавьте показатель к задаче t2.' });
    expect(checkApproval(returned)).toEqual([]);
  });

  it('refuses to save a return without a comment of 10 characters, in Russian', () => {
    const returned = applyAction(submitted, 'returned', 'curator', '2025-02-14');
    expect(approvalProblem(returned)).toBe(t('cms.approval.commentRequired'));
    expect(approvalProblem(withComment(returned, 'Короткий'))).toBe(t('cms.approval.commentRequired'));
    expect(approvalProblem(withComment(returned, 'Добавьте показатель к задаче t2.'))).toBeUndefined();
    expect(withComment(withComment(returned, 'текст'), '  ').history[1]).not.toHaveProperty('comment');
    expect(approvalProblem(undefined)).toBe(t('cms.approval.chooseAction'));
    expect(approvalProblem(submitted)).toBeUndefined();
  });

  it('allows one action per save and can take an unsaved step back', () => {
    const returned = applyAction(submitted, 'returned', 'curator', '2025-02-14');
    expect(availableActions(submitted, 1, 'document').map((a) => a.id)).toEqual(['approve', 'return']);
    expect(availableActions(returned, 1, 'document')).toEqual([]);
    expect(availableActions(returned, 2, 'document').map((a) => a.id)).toEqual(['submit']);
    expect(undoUnsaved(returned, 1)).toEqual(submitted);
    expect(undoUnsaved(submitted, 0)).toBeUndefined();
  });

  it('reads Decap’s Immutable values and ignores broken steps', () => {
    expect(readApproval(fromJS(submitted))).toEqual(submitted);
    expect(readApproval(fromJS({ status: 'approved', history: [{ date: '2025-02-10', status: 'nonsense', by: 'curator' }] }))).toBeUndefined();
    expect(readApproval(undefined)).toBeUndefined();
    expect(readApproval('')).toBeUndefined();
    // The status always follows the last step, whatever the file said.
    expect(readApproval({ status: 'draft', history: submitted.history })!.status).toBe('submitted');
  });

  it('adds thread comments with date and role', () => {
    const thread = addComment(readThread(fromJS([{ date: '2025-02-11', by: 'curator', text: 'Вопрос.' }])), 'school-director', '2025-02-12', ' Ответ. ');
    expect(thread).toEqual([{ date: '2025-02-11', by: 'curator', text: 'Вопрос.' }, { date: '2025-02-12', by: 'school-director', text: 'Ответ.' }]);
    expect(readThread(undefined)).toEqual([]);
  });

  it('dates steps by the editor’s own calendar day', () => {
    expect(localToday(new Date(2025, 1, 3, 23, 30))).toBe('2025-02-03');
    expect(localToday(new Date(2025, 11, 31, 0, 5))).toBe('2025-12-31');
  });
});
