import { BoldOutlined, ItalicOutlined, OrderedListOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Button from 'antd/es/button';
import Space from 'antd/es/space';
import { useTranslation } from 'react-i18next';

/**
 * The written parts' editor (技术方案): bold, italic, headings and lists. What it gives is cleaned again by the core
 * before it is kept, so pasting from Word cannot bring scripts, links or styles along.
 */
export function RichTextEditor({
  value,
  onChange,
  disabled,
}: {
  value: string | null;
  onChange: (html: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: false, codeBlock: false, code: false, horizontalRule: false })],
    content: value ?? '',
    editable: !disabled,
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
  });
  if (!editor) return null;
  const chain = () => editor.chain().focus();
  const on = (name: string, attrs?: Record<string, unknown>) => (editor.isActive(name, attrs) ? 'primary' : 'default');
  return (
    <div className="bid-rich-text">
      <Space wrap style={{ marginBottom: 8 }}>
        <Button
          size="small"
          type={on('bold')}
          icon={<BoldOutlined />}
          aria-label={t('bidPackages.bold')}
          onClick={() => chain().toggleBold().run()}
          disabled={disabled}
        />
        <Button
          size="small"
          type={on('italic')}
          icon={<ItalicOutlined />}
          aria-label={t('bidPackages.italic')}
          onClick={() => chain().toggleItalic().run()}
          disabled={disabled}
        />
        {([1, 2, 3] as const).map((level) => (
          <Button
            key={level}
            size="small"
            type={on('heading', { level })}
            disabled={disabled}
            onClick={() => chain().toggleHeading({ level }).run()}
          >
            {`H${level}`}
          </Button>
        ))}
        <Button
          size="small"
          type={on('bulletList')}
          icon={<UnorderedListOutlined />}
          disabled={disabled}
          aria-label={t('bidPackages.bulletList')}
          onClick={() => chain().toggleBulletList().run()}
        />
        <Button
          size="small"
          type={on('orderedList')}
          icon={<OrderedListOutlined />}
          disabled={disabled}
          aria-label={t('bidPackages.orderedList')}
          onClick={() => chain().toggleOrderedList().run()}
        />
      </Space>
      <div style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: '4px 12px', minHeight: 240 }}>
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
