import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Divider, Flex, Tooltip, Typography } from 'antd';
import { type ClipboardEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { type BlockFormat, cleanEditorHtml, toggledBlock } from '../rich-text';

/*
 * The editor runs on the browser's own editing commands (document.execCommand): deprecated in
 * name, yet every browser keeps them, with undo and redo of their own, and they keep the HTML
 * small — paragraphs, two heading levels, bold, italic and the two lists, as the server's
 * sanitiser accepts them.
 */
function exec(command: string, value?: string): void {
  document.execCommand(command, false, value);
}

interface Formats {
  block: string;
  bold: boolean;
  italic: boolean;
  orderedList: boolean;
  unorderedList: boolean;
}
const NO_FORMATS: Formats = {
  block: '',
  bold: false,
  italic: false,
  orderedList: false,
  unorderedList: false,
};

function currentFormats(): Formats {
  try {
    return {
      block: String(document.queryCommandValue('formatBlock') ?? ''),
      bold: document.queryCommandState('bold'),
      italic: document.queryCommandState('italic'),
      orderedList: document.queryCommandState('insertOrderedList'),
      unorderedList: document.queryCommandState('insertUnorderedList'),
    };
  } catch {
    return NO_FORMATS;
  }
}

export interface RichTextEditorProps {
  /** The HTML (an antd Form control: `value` and `onChange`). */
  value?: string;
  onChange?: (html: string) => void;
  id?: string;
  /** The most characters of HTML the server takes: a count shows under the editor. */
  maxLength?: number;
  placeholder?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'data-testid'?: string;
  /** Class of the editing area (the statement's document look). */
  className?: string;
}

/**
 * A small rich-text editor for a statement's body: a toolbar (标题, 小标题, 加粗, 倾斜, 有序列表,
 * 无序列表, 撤销, 重做) over an editable area that produces HTML. Enter starts a paragraph;
 * pasted text comes in as plain paragraphs (no fonts or colours from a word processor).
 */
export function RichTextEditor({
  value = '',
  onChange,
  id,
  maxLength,
  placeholder,
  'aria-label': ariaLabel,
  'aria-invalid': ariaInvalid,
  'data-testid': testId = 'rich-text',
  className,
}: RichTextEditorProps) {
  const t = useT();
  const area = useRef<HTMLDivElement>(null);
  /** The HTML last handed to the form: a value coming back as it is does not reset the caret. */
  const emitted = useRef<string | null>(null);
  const [formats, setFormats] = useState<Formats>(NO_FORMATS);
  const [empty, setEmpty] = useState(value === '');

  // A value set from outside (the form's initial value, a reset) replaces the content.
  useEffect(() => {
    const node = area.current;
    if (!node || value === emitted.current) return;
    node.innerHTML = value;
    emitted.current = value;
    setEmpty(value === '');
  }, [value]);

  const emit = useCallback(() => {
    const node = area.current;
    if (!node) return;
    const html = cleanEditorHtml(node.innerHTML);
    setEmpty(html === '');
    if (html === emitted.current) return;
    emitted.current = html;
    onChange?.(html);
  }, [onChange]);

  // The toolbar shows the formats where the caret is.
  useEffect(() => {
    const update = () => {
      const node = area.current;
      const selection = document.getSelection();
      if (node && selection?.anchorNode && node.contains(selection.anchorNode)) setFormats(currentFormats());
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);

  const focusArea = () => {
    const node = area.current;
    if (node && document.activeElement !== node) node.focus();
  };

  const run = (command: string, commandValue?: string) => {
    focusArea();
    exec(command, commandValue);
    emit();
    setFormats(currentFormats());
  };

  const setBlock = (heading: Exclude<BlockFormat, 'p'>) =>
    run('formatBlock', `<${toggledBlock(String(document.queryCommandValue('formatBlock') ?? ''), heading)}>`);

  const onFocus = () => {
    // New lines are paragraphs (<p>), not <div>s; an empty editor starts with one.
    exec('defaultParagraphSeparator', 'p');
    const node = area.current;
    if (node && node.innerHTML.trim() === '') {
      node.innerHTML = '<p><br></p>';
      const range = document.createRange();
      range.setStart(node.firstChild!, 0);
      range.collapse(true);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    event.preventDefault();
    const text = event.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n');
    // insertText turns each line break into a new paragraph and can be undone.
    exec('insertText', text);
    emit();
  };

  const tool = (key: string, label: string, icon: ReactNode, onClick: () => void, pressed?: boolean) => (
    <Tooltip key={key} title={label}>
      <Button
        type={pressed ? 'primary' : 'text'}
        ghost={pressed}
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={pressed}
        // Keep the selection in the editing area while the button is pressed.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
        data-testid={`${testId}-${key}`}
      />
    </Tooltip>
  );
  const block = formats.block.toLowerCase();
  const textTool = (key: 'h2' | 'h3', label: string, hint: string) => (
    <Tooltip key={key} title={hint}>
      <Button
        type={block === key ? 'primary' : 'text'}
        ghost={block === key}
        size="small"
        aria-label={hint}
        aria-pressed={block === key}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setBlock(key)}
        data-testid={`${testId}-${key}`}
      >
        {label}
      </Button>
    </Tooltip>
  );

  const length = value.length;
  return (
    <div className={`rich-text${ariaInvalid ? ' rich-text-invalid' : ''}`} data-testid={testId}>
      <Flex
        role="toolbar"
        aria-label={t.richText.toolbar}
        aria-controls={id}
        className="rich-text-toolbar"
        gap={2}
        wrap
        align="center"
      >
        {textTool('h2', t.richText.heading2, t.richText.heading2Hint)}
        {textTool('h3', t.richText.heading3, t.richText.heading3Hint)}
        <Divider orientation="vertical" />
        {tool('bold', t.richText.bold, <BoldOutlined />, () => run('bold'), formats.bold)}
        {tool('italic', t.richText.italic, <ItalicOutlined />, () => run('italic'), formats.italic)}
        <Divider orientation="vertical" />
        {tool(
          'ol',
          t.richText.orderedList,
          <OrderedListOutlined />,
          () => run('insertOrderedList'),
          formats.orderedList,
        )}
        {tool(
          'ul',
          t.richText.unorderedList,
          <UnorderedListOutlined />,
          () => run('insertUnorderedList'),
          formats.unorderedList,
        )}
        <Divider orientation="vertical" />
        {tool('undo', t.richText.undo, <UndoOutlined />, () => run('undo'))}
        {tool('redo', t.richText.redo, <RedoOutlined />, () => run('redo'))}
      </Flex>
      <div className="rich-text-frame">
        {/* biome-ignore lint/a11y/useSemanticElements: a rich-text area is a contentEditable, not a textarea. */}
        <div
          ref={area}
          id={id}
          role="textbox"
          tabIndex={0}
          aria-multiline="true"
          aria-label={ariaLabel}
          aria-invalid={ariaInvalid || undefined}
          aria-placeholder={placeholder}
          contentEditable
          suppressContentEditableWarning
          className={`rich-text-area sp-body${className ? ` ${className}` : ''}${empty ? ' rich-text-empty' : ''}`}
          data-placeholder={placeholder}
          onInput={emit}
          onBlur={emit}
          onFocus={onFocus}
          onPaste={onPaste}
          data-testid={`${testId}-area`}
        />
      </div>
      {maxLength !== undefined && (
        <Typography.Text
          type={length > maxLength ? 'danger' : 'secondary'}
          className="rich-text-count"
          data-testid={`${testId}-count`}
        >
          {format(t.richText.length, { count: length, max: maxLength })}
        </Typography.Text>
      )}
    </div>
  );
}
