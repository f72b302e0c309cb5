/** Note templates coaches know. Built in; the coach can add their own. */
export interface NoteSectionDef {
  key: string;
  label: string;
  /** A prompt shown in the empty field. */
  prompt: string;
}

export interface NoteTemplate {
  id: string;
  name: string;
  builtIn: boolean;
  sections: NoteSectionDef[];
}

export const BUILT_IN_NOTE_TEMPLATES: readonly NoteTemplate[] = [
  {
    id: 'grow',
    name: 'GROW',
    builtIn: true,
    sections: [
      { key: 'goal', label: 'Goal', prompt: 'What does the client want from this session, and beyond?' },
      {
        key: 'reality',
        label: 'Reality',
        prompt: 'Where are they now? What is happening, what have they tried?',
      },
      { key: 'options', label: 'Options', prompt: 'What could they do? Which options did they generate?' },
      {
        key: 'will',
        label: 'Will / Way forward',
        prompt: 'What will they do, by when, and how will we know?',
      },
    ],
  },
  {
    id: 'ccc-staircase',
    name: 'CCC staircase',
    builtIn: true,
    sections: [
      { key: 'agreement', label: 'Agreement', prompt: 'What did we agree to focus on today?' },
      { key: 'understanding', label: 'Understanding', prompt: 'What matters to the client about it?' },
      { key: 'rapport', label: 'Rapport', prompt: 'How was the connection?' },
      { key: 'communication', label: 'Communication', prompt: 'What was said, heard, noticed?' },
      { key: 'exploration', label: 'Exploration', prompt: 'What did the client discover?' },
      { key: 'strategy', label: 'Strategy', prompt: 'What is the plan toward the client-defined success?' },
    ],
  },
  {
    id: 'free',
    name: 'Free form',
    builtIn: true,
    sections: [{ key: 'notes', label: 'Notes', prompt: 'What happened in this session?' }],
  },
];
