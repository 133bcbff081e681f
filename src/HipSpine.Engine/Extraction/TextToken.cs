namespace HipSpine.Engine.Extraction;

/// <summary>
/// One word of the person's text: where it is (UTF-16 offsets, end exclusive), its lower-cased form, its
/// stem, the clause it belongs to (sentences and clauses bound the reach of a negation or a match) and its
/// segment (a clause cut further at commas, for the number parsers' nearby cue words) and its sentence.
/// </summary>
internal readonly record struct TextToken(int Start, int End, string Lower, string Stem, int Clause, bool AfterComma, int Segment, int Sentence = 0);
