using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FleetCatalog.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FleetCatalog.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s with positions, safely: depth and alias
/// expansion are bounded, duplicate keys are reported (js-yaml, which balena uses, rejects them)
/// and nothing recurses, so hostile input cannot overflow the stack or exhaust memory.
/// </summary>
internal static partial class YamlDocumentReader
{
    public const int MaxDepth = 64;

    /// <summary>How many nodes the document may hold once every alias is expanded.</summary>
    public const long MaxExpandedNodes = 100_000;

    public static YamlReadResult Read(string text, string file) => new Builder(file).Read(text);

    internal static SourceSpan ToSpan(Mark start, Mark end) =>
        new((int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();

    private sealed class Builder(string file)
    {
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly Dictionary<string, (YamlNode Node, long Weight)> _anchors = new(StringComparer.Ordinal);
        private readonly Stack<Frame> _stack = new();
        private YamlNode? _root;

        public YamlReadResult Read(string text)
        {
            var parser = new Parser(new StringReader(text));
            var documents = 0;
            try
            {
                while (parser.MoveNext())
                {
                    switch (parser.Current)
                    {
                        case DocumentStart start:
                            documents++;
                            if (documents > 1)
                            {
                                Report(DiagnosticCodes.MultipleDocuments,
                                    "the file holds more than one YAML document (a second '---'); balena reads a single document: remove the separator or split the file",
                                    ToSpan(start.Start, start.End));
                                return Result();
                            }

                            break;
                        case AnchorAlias alias when !Accept(alias):
                            return new YamlReadResult(null, [.. _diagnostics]);
                        case NodeEvent node when !Accept(node):
                            return new YamlReadResult(null, [.. _diagnostics]);
                        case MappingEnd or SequenceEnd when !Close(parser.Current):
                            return new YamlReadResult(null, [.. _diagnostics]);
                    }
                }
            }
            catch (YamlException e)
            {
                var message = PositionPrefix().Replace(e.Message, string.Empty);
                Report(DiagnosticCodes.YamlSyntaxError, $"YAML syntax error: {message}", ToSpan(e.Start, e.End));
                return new YamlReadResult(null, [.. _diagnostics]);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                // YamlDotNet's scanner throws these on some malformed input (an unclosed '[' before a newline).
                var after = parser.Current?.End ?? Mark.Empty;
                var span = after.Line == 0 ? SourceSpan.At(1, 1) : ToSpan(after, after);
                Report(DiagnosticCodes.YamlSyntaxError,
                    "YAML syntax error: the file cannot be read past this point; look for an unclosed '[', '{' or quote", span);
                return new YamlReadResult(null, [.. _diagnostics]);
            }

            return Result();
        }

        private YamlReadResult Result() => new(_root, [.. _diagnostics]);

        private bool Accept(ParsingEvent node)
        {
            var span = ToSpan(node.Start, node.End);
            switch (node)
            {
                case Scalar scalar:
                    var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
                    return Add(new YamlScalar(scalar.Value, MapStyle(scalar.Style), tag, span), 1, scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value);
                case AnchorAlias alias:
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        Report(DiagnosticCodes.YamlSyntaxError, $"YAML syntax error: alias '*{alias.Value.Value}' refers to no anchor defined before it", span);
                        return false;
                    }

                    return Add(target.Node, target.Weight, anchor: null);
                case MappingStart mapping:
                    return Open(new Frame { Anchor = mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value, Span = span, IsMapping = true });
                case SequenceStart sequence:
                    return Open(new Frame { Anchor = sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value, Span = span, IsMapping = false });
                default:
                    return true;
            }
        }

        private bool Open(Frame frame)
        {
            if (_stack.Count >= MaxDepth)
            {
                Report(DiagnosticCodes.NestingTooDeep,
                    $"the YAML is nested more than {MaxDepth} levels deep; a balena.yml needs at most five", frame.Span);
                return false;
            }

            _stack.Push(frame);
            return true;
        }

        private bool Close(ParsingEvent end)
        {
            var frame = _stack.Pop();
            var span = frame.Span with { EndLine = (int)end.End.Line, EndColumn = (int)end.End.Column };
            YamlNode node = frame.IsMapping
                ? new YamlMapping(MergeKeys(frame.Entries), span)
                : new YamlSequence([.. frame.Items], span);
            return Add(node, frame.Weight, frame.Anchor);
        }

        private bool Add(YamlNode node, long weight, string? anchor)
        {
            if (anchor is not null)
            {
                _anchors[anchor] = (node, weight);
            }

            if (_stack.Count == 0)
            {
                _root = node;
                return true;
            }

            var parent = _stack.Peek();
            parent.Weight += weight;
            if (parent.Weight > MaxExpandedNodes)
            {
                Report(DiagnosticCodes.AliasExpansionTooLarge,
                    $"with its aliases expanded the document would hold more than {MaxExpandedNodes:N0} values (an alias bomb); write the values out instead of nesting aliases",
                    node.Span);
                return false;
            }

            if (!parent.IsMapping)
            {
                parent.Items.Add(node);
                return true;
            }

            if (parent.PendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    Report(DiagnosticCodes.WrongValueType, $"a key must be plain text, not {node.Kind}", node.Span);
                    parent.PendingKey = new YamlScalar(string.Empty, YamlScalarStyle.Plain, null, node.Span);
                    parent.SkipValue = true;
                    return true;
                }

                parent.PendingKey = key;
                return true;
            }

            var pending = parent.PendingKey;
            parent.PendingKey = null;
            if (parent.SkipValue)
            {
                parent.SkipValue = false;
                return true;
            }

            if (!parent.AddKey(pending.Value))
            {
                var first = parent.Entries.First(e => e.Name == pending.Value).Key.Span;
                Report(DiagnosticCodes.DuplicateKey,
                    $"key '{pending.Value}' appears twice in this mapping (first at line {first.Line}); YAML readers reject the file or silently keep only one value: remove one",
                    pending.Span);
                return true;
            }

            parent.Entries.Add(new YamlEntry(pending, node));
            return true;
        }

        // YAML merge keys ("<<: *defaults"): explicit keys win over merged ones.
        private static ImmutableArray<YamlEntry> MergeKeys(List<YamlEntry> entries)
        {
            var merge = entries.FindIndex(e => e.Name == "<<" && e.Key.IsImplicitlyTyped);
            if (merge < 0)
            {
                return [.. entries];
            }

            var sources = entries[merge].Value switch
            {
                YamlMapping m => [m],
                YamlSequence s => s.Items.OfType<YamlMapping>().ToList(),
                _ => [],
            };
            var result = entries.Where((_, i) => i != merge).ToList();
            var names = result.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var entry in sources.SelectMany(m => m.Entries))
            {
                if (names.Add(entry.Name))
                {
                    result.Add(entry);
                }
            }

            return [.. result];
        }

        private static YamlScalarStyle MapStyle(ScalarStyle style) => style switch
        {
            ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
            ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
            ScalarStyle.Literal => YamlScalarStyle.Literal,
            ScalarStyle.Folded => YamlScalarStyle.Folded,
            _ => YamlScalarStyle.Plain,
        };

        private void Report(DiagnosticDescriptor descriptor, string message, SourceSpan span) =>
            _diagnostics.Add(descriptor.Create(message, file, span));
    }

    private sealed class Frame
    {
        private HashSet<string>? keys;

        public required string? Anchor { get; init; }

        public required SourceSpan Span { get; init; }

        public required bool IsMapping { get; init; }

        /// <summary>Nodes in this subtree with aliases expanded.</summary>
        public long Weight { get; set; } = 1;

        // Made on first use: a frame is a mapping or a sequence, never both.
        public List<YamlEntry> Entries => field ??= [];

        public List<YamlNode> Items => field ??= [];

        public YamlScalar? PendingKey { get; set; }

        public bool SkipValue { get; set; }

        /// <summary>False when the mapping already has the key; the caller adds the entry when true.</summary>
        public bool AddKey(string name)
        {
            // Most mappings hold a few keys: they are searched in place, and only a long one gets a set.
            if (keys is null && Entries.Count < 16)
            {
                foreach (var entry in Entries)
                {
                    if (entry.Name == name)
                    {
                        return false;
                    }
                }

                return true;
            }

            keys ??= Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            return keys.Add(name);
        }
    }
}
