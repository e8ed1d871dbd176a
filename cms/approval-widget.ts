/**
 * `shnor-approval`: the approval block of any document (src/schemas/approval.ts). Shows the status
 * as a coloured tag with the last comment and offers only the actions of src/data/approval.ts allowed
 * from it (field option `cycle`: document or evidence). An action appends a step with today's date and
 * the acting role; a return needs a comment, and the save is refused without it (isValid).
 */
import { createElement as h, type ReactNode } from 'react';
import { fromJS } from 'immutable';
import { statusLabel, type ApprovalCycle } from '../src/data/approval.ts';
import { ROLES } from '../src/data/lists.ts';
import { t } from '../src/i18n/index.ts';
import { RoleAware, roleChooser, roleNow } from './acting-role.ts';
import { applyAction, approvalProblem, availableActions, localToday, readApproval, undoUnsaved, withComment, type ApprovalValue } from './cycle-actions.ts';
import { tagStyle } from './widget-styles.ts';
import type { FieldWidgetProps } from './widget-props.ts';

type Props = FieldWidgetProps;

interface State {
  /** Steps already in the file (saved); later steps were added in this editing session. */
  saved: number;
  /** Comment typed before choosing an action. */
  draft: string;
}

export class ApprovalControl extends RoleAware<Props, State> {
  state: State = { saved: readApproval(this.props.value)?.history.length ?? 0, draft: '' };

  private get cycle(): ApprovalCycle {
    return this.props.field.get('cycle') === 'evidence' ? 'evidence' : 'document';
  }

  private emit(value: ApprovalValue | undefined) {
    this.props.onChange(value ? fromJS(value) : undefined);
  }

  protected entrySaved() {
    this.setState({ saved: readApproval(this.props.value)?.history.length ?? 0 });
  }

  /** Decap calls this before saving; an object with `error` refuses the save with its message. */
  isValid = () => {
    const message = approvalProblem(readApproval(this.props.value));
    return message ? { error: { type: 'CUSTOM', message } } : true;
  };

  private act(to: ApprovalValue['status']) {
    const role = roleNow();
    if (!role) return;
    this.emit(applyAction(readApproval(this.props.value), to, role, localToday(), this.state.draft));
    this.setState({ draft: '' });
  }

  render(): ReactNode {
    const { forID, classNameWrapper } = this.props;
    const value = readApproval(this.props.value);
    const pending = !!value && value.history.length > this.state.saved;
    const last = value?.history[value.history.length - 1];
    const lastComment = value && [...value.history].reverse().find((s) => s.comment);
    const role = roleNow();
    const actions = availableActions(value, this.state.saved, this.cycle);
    const commentId = `${forID}-comment`;
    return h(
      'div',
      { id: forID, className: `${classNameWrapper ?? ''} shnor-widget`, 'data-shnor-approval': this.cycle },
      roleChooser(`${forID}-role`),
      h('p', null, `${t('cms.approval.current')}: `, value ? h('strong', { style: tagStyle(value.status), 'data-status': value.status }, statusLabel(value.status, this.cycle)) : h('strong', { 'data-status': 'none' }, t('cms.approval.none')), last ? ` — ${last.date}, ${ROLES[last.by]}` : ''),
      lastComment ? h('p', { className: 'shnor-last-comment' }, `${t('cms.approval.lastComment')} (${ROLES[lastComment.by]}, ${lastComment.date}): ${lastComment.comment}`) : null,
      h('label', { htmlFor: commentId }, t('cms.approval.comment')),
      h('textarea', {
        id: commentId,
        rows: 3,
        value: pending ? (last?.comment ?? '') : this.state.draft,
        onChange: (e: { target: { value: string } }) => (pending && value ? this.emit(withComment(value, e.target.value)) : this.setState({ draft: e.target.value })),
      }),
      h('p', { className: 'shnor-hint' }, t('cms.approval.commentHint')),
      pending
        ? h('p', null, `${t('cms.approval.pending')}: «${statusLabel(last!.status, this.cycle)}». `, h('button', { type: 'button', onClick: () => this.emit(undoUnsaved(value!, this.state.saved)) }, t('cms.approval.undo')))
        : h(
            'div',
            { role: 'group', 'aria-label': t('cms.approval.actions'), className: 'shnor-actions' },
            actions.length === 0 ? h('p', null, t('cms.approval.noActions')) : null,
            ...actions.map((a) => h('button', { key: a.id, type: 'button', 'data-action': a.id, disabled: !role, onClick: () => this.act(a.to) }, a.label)),
            !role && actions.length ? h('p', { className: 'shnor-hint' }, t('cms.role.needed')) : null,
          ),
      value ? history(value, this.cycle) : null,
    );
  }
}

function history(value: ApprovalValue, cycle: ApprovalCycle) {
  return h(
    'details',
    null,
    h('summary', null, `${t('cms.approval.history')} (${value.history.length})`),
    h('ol', null, ...value.history.map((s, i) => h('li', { key: i }, `${s.date} — ${statusLabel(s.status, cycle)} (${ROLES[s.by]})${s.comment ? `: ${s.comment}` : ''}`))),
  );
}

/** Preview of the field (the entry preview renders it itself; this is for Decap's own widget previews). */
export function ApprovalPreview(props: { value: unknown; field?: Props['field'] }) {
  const value = readApproval(props.value);
  const cycle = props.field?.get('cycle') === 'evidence' ? 'evidence' : 'document';
  return h('span', null, value ? statusLabel(value.status, cycle) : t('cms.approval.none'));
}
