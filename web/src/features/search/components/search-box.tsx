import { SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { useCan } from '../../../lib/use-can';
import { SEARCH_READ_PERMISSIONS } from '../api/search';
import { SEARCH_PATH } from '../paths';

/**
 * The header's search box, for those who read any searchable type: opens the results page with
 * the query. On a phone, a button that opens the page (whose own box takes the query).
 */
export function SearchBox({ compact }: { compact: boolean }) {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const location = useLocation();
  const [value, setValue] = useState('');
  if (!SEARCH_READ_PERMISSIONS.some(can)) return null;
  // The results page has its own box.
  if (location.pathname === SEARCH_PATH) return null;
  if (compact)
    return (
      <Button
        type="text"
        icon={<SearchOutlined />}
        aria-label={t.search.boxShort}
        onClick={() => navigate(SEARCH_PATH)}
        data-testid="search-open"
      />
    );
  return (
    <Input.Search
      className="header-search"
      placeholder={t.search.box}
      aria-label={t.search.boxShort}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onSearch={(q) => {
        const trimmed = q.trim();
        navigate(trimmed ? `${SEARCH_PATH}?q=${encodeURIComponent(trimmed)}` : SEARCH_PATH);
        setValue('');
      }}
      allowClear
      data-testid="search-box"
    />
  );
}
