import { useQuery } from '@tanstack/react-query';
import { rpcQuery } from '../../rpc/query-keys';

/** A stored image (a thumbnail) shown by its attachment id: the renderer never sees a path. */
export function AttachmentImage({ id, size }: { id: number; size: number }) {
  const file = useQuery({ ...rpcQuery('attachments.get', { id }), staleTime: Infinity });
  if (!file.data) return <span style={{ display: 'inline-block', width: size, height: size }} />;
  return (
    <img
      alt={file.data.filename}
      src={`data:${file.data.mime};base64,${file.data.dataBase64}`}
      style={{ maxWidth: size, maxHeight: size, objectFit: 'contain', border: '1px solid #eee' }}
    />
  );
}
