import { SearchField } from '../../components/SearchField';

export interface ProposalSearchProps {
  /** The search in the URL. */
  value: string;
  /** Called ~300 ms after typing stops, or at once on Enter, with the trimmed text. */
  onSearch: (search: string) => void;
}

export function ProposalSearch({ value, onSearch }: ProposalSearchProps) {
  return (
    <SearchField
      label="Search proposals"
      placeholder="Code, number or title"
      value={value}
      onSearch={onSearch}
    />
  );
}
