/**
 * `shnor-thread`: a document's thread (src/schemas/thread.ts). Shows the comments and adds one with
 * today's date and the acting role; a comment added in this session can be taken back before saving.
 */
import { createElement as h, type ReactNode } from 'react';
import { fromJS } from 'immutable';
import { ROLES } from '../src/data/lists.ts';
import { t } from '../src/i18n/index.ts';
import { RoleAware, roleChooser, roleNow } from './acting-role.ts';
import { addComment, localToday, readThread, type Comment } from './cycle-actions.ts';
import type { WidgetProps } from './widget-props.ts';

type Props = WidgetProps;

export class ThreadControl extends RoleAware<Props, { saved: number; text: string }> {
  state = { saved: readThread(this.props.value).length, text: '' };

  protected entrySaved() {
    this.setState({ saved: readThread(this.props.value).length });
  }

  private emit(thread: Comment[]) {
    this.props.onChange(fromJS(thread));
  }

  render(): ReactNode {
    const { forID, classNameWrapper } = this.props;
    const thread = readThread(this.props.value);
    const role = roleNow();
    const textId = `${forID}-text`;
    return h(
      'div',
      { id: forID, className: `${classNameWrapper ?? ''} shnor-widget`, 'data-shnor-thread': '' },
      thread.length === 0
        ? h('p', null, t('cms.thread.empty'))
        : h('ol', null, ...thread.map((c, i) => h('li', { key: i }, h('strong', null, `${c.date}, ${ROLES[c.by] ?? c.by}`), i >= this.state.saved ? ` (${t('cms.thread.pending')})` : '', `: ${c.text}`))),
      roleChooser(`${forID}-role`),
      h('label', { htmlFor: textId }, t('cms.thread.new')),
      h('textarea', { id: textId, rows: 3, value: this.state.text, onChange: (e: { target: { value: string } }) => this.setState({ text: e.target.value }) }),
      h('button', {
        type: 'button',
        disabled: !role || !this.state.text.trim(),
        onClick: () => {
          if (!role) return;
          this.emit(addComment(thread, role, localToday(), this.state.text));
          this.setState({ text: '' });
        },
      }, t('cms.thread.add')),
      thread.length > this.state.saved ? h('button', { type: 'button', onClick: () => this.emit(thread.slice(0, this.state.saved)) }, t('cms.thread.remove')) : null,
      !role ? h('p', { className: 'shnor-hint' }, t('cms.role.needed')) : null,
    );
  }
}

export function ThreadPreview(props: { value: unknown }) {
  return h('span', null, readThread(props.value).map((c) => `${c.date}, ${ROLES[c.by] ?? c.by}: ${c.text}`).join('; '));
}
