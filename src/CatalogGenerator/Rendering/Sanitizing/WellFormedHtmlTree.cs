using System.Text;
using AngleSharp.Dom;

namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// Builds the tree of HTML written the way Markdig writes it (every element closed in order, attributes in double
/// quotes, only the character references it emits) straight into a document, without the HTML parser, which was
/// about 30 % of rendering a guide. Whatever the parser would repair, move, close or map (raw HTML written loosely,
/// a table cell outside a row, a block inside a paragraph, an unknown element or reference) makes
/// <see cref="TryAppend"/> give up, and the caller parses the text instead. For every input it accepts, the tree is
/// the one the parser builds (tests compare the two on every corpus README); the sanitiser then cleans it the same way.
/// </summary>
internal static class WellFormedHtmlTree
{
    [Flags]
    private enum Kind
    {
        Inline = 0,
        Special = 1, // the HTML standard's "special" elements, which stop the parser's search for an open <li>
        Void = 2 | Special,
        ClosesParagraph = 4 | Special,
    }

    // Markdig's elements, and the raw HTML READMEs use most that the parser builds as written.
    private static readonly Dictionary<string, Kind> Kinds = new(StringComparer.Ordinal)
    {
        ["p"] = Kind.ClosesParagraph, ["div"] = Kind.ClosesParagraph, ["blockquote"] = Kind.ClosesParagraph,
        ["aside"] = Kind.ClosesParagraph, ["section"] = Kind.ClosesParagraph, ["ul"] = Kind.ClosesParagraph,
        ["ol"] = Kind.ClosesParagraph, ["li"] = Kind.ClosesParagraph, ["pre"] = Kind.ClosesParagraph,
        ["table"] = Kind.ClosesParagraph, ["hr"] = Kind.ClosesParagraph | Kind.Void, ["center"] = Kind.ClosesParagraph,
        ["details"] = Kind.ClosesParagraph, ["summary"] = Kind.ClosesParagraph, ["figure"] = Kind.ClosesParagraph,
        ["figcaption"] = Kind.ClosesParagraph,
        ["h1"] = Kind.ClosesParagraph, ["h2"] = Kind.ClosesParagraph, ["h3"] = Kind.ClosesParagraph,
        ["h4"] = Kind.ClosesParagraph, ["h5"] = Kind.ClosesParagraph, ["h6"] = Kind.ClosesParagraph,
        ["thead"] = Kind.Special, ["tbody"] = Kind.Special, ["tr"] = Kind.Special, ["th"] = Kind.Special, ["td"] = Kind.Special,
        ["a"] = Kind.Inline, ["em"] = Kind.Inline, ["strong"] = Kind.Inline, ["code"] = Kind.Inline, ["del"] = Kind.Inline,
        ["sup"] = Kind.Inline, ["sub"] = Kind.Inline, ["span"] = Kind.Inline, ["b"] = Kind.Inline, ["i"] = Kind.Inline,
        ["u"] = Kind.Inline, ["s"] = Kind.Inline, ["small"] = Kind.Inline, ["kbd"] = Kind.Inline, ["abbr"] = Kind.Inline,
        ["mark"] = Kind.Inline, ["ins"] = Kind.Inline, ["q"] = Kind.Inline, ["cite"] = Kind.Inline, ["var"] = Kind.Inline,
        ["samp"] = Kind.Inline, ["time"] = Kind.Inline, ["picture"] = Kind.Inline,
        ["br"] = Kind.Void, ["img"] = Kind.Void, ["input"] = Kind.Void, ["source"] = Kind.Void, ["wbr"] = Kind.Void,
    };

    // Looked up by the tag's span, giving back the name itself: no string made per tag. Only ever read, so shared.
    private static readonly Dictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> Names = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] InTable = ["thead", "tbody"];
    private static readonly string[] InRowGroup = ["tr"];
    private static readonly string[] InRow = ["th", "td"];

    /// <summary>Appends the tree of <paramref name="html"/> to <paramref name="body"/>; false (the body then half built) when it is not of that shape.</summary>
    public static bool TryAppend(string html, IElement body)
    {
        try
        {
            return new Builder(html, body).Run();
        }
        catch (DomException)
        {
            return false;
        }
    }

    private sealed class Builder(string html, IElement body)
    {
        private readonly IDocument document = body.Owner!;
        private readonly List<(string Name, Kind Kind, IElement Element)> open = [];
        private readonly StringBuilder buffer = new();
        private int at;
        private bool afterPre;

        private INode Current => open.Count == 0 ? body : open[^1].Element;

        public bool Run()
        {
            while (at < html.Length)
            {
                var ok = !IsMarkup(at) ? Text()
                    : at + 1 < html.Length && html[at + 1] == '/' ? EndTag()
                    : html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal) ? Comment()
                    : StartTag();
                if (!ok)
                {
                    return false;
                }
            }

            return open.Count == 0;
        }

        private bool Text()
        {
            var end = html.IndexOf('<', at + 1);
            while (end >= 0 && !IsMarkup(end))
            {
                end = html.IndexOf('<', end + 1);
            }

            end = end < 0 ? html.Length : end;

            var start = at;
            at = end;
            if (afterPre && html[start] == '\n')
            {
                start++; // the parser drops the line break right after <pre>
            }

            afterPre = false;
            if (start == end)
            {
                return true;
            }

            var text = html.AsSpan(start, end - start);
            if (text.ContainsAny('\r', '\0'))
            {
                return false; // the parser rewrites these
            }

            // Text in a table but outside a cell, unless it is all spaces, would be moved in front of the table.
            if (TableChild() is not null && text.ContainsAnyExcept(" \t\n\f"))
            {
                return false;
            }

            if (CharacterReferences.Decode(text, buffer) is not { } decoded)
            {
                return false;
            }

            Current.AppendChild(document.CreateTextNode(decoded));
            return true;
        }

        private bool EndTag()
        {
            var start = at + 2;
            var end = NameEnd(start);
            if (end == start || end >= html.Length || html[end] != '>' || open.Count == 0)
            {
                return false;
            }

            if (!html.AsSpan(start, end - start).SequenceEqual(open[^1].Name))
            {
                return false; // closing anything but the innermost element is a repair the parser makes its own way
            }

            open.RemoveAt(open.Count - 1);
            at = end + 1;
            afterPre = false;
            return true;
        }

        private bool StartTag()
        {
            var start = at + 1;
            var end = NameEnd(start);
            if (!Names.TryGetValue(html.AsSpan(start, end - start), out var name, out var kind) || !Fits(name, kind))
            {
                return false;
            }

            var element = document.CreateElement(name);
            at = end;
            while (true)
            {
                if (at >= html.Length)
                {
                    return false;
                }

                if (html[at] == '>')
                {
                    at++;
                    break;
                }

                if ((kind & Kind.Void) == Kind.Void && SlashEnd() is var slash and > 0)
                {
                    at += slash; // <br />, <img ... />; on an element that is not void the parser ignores the slash
                    break;
                }

                if (html[at] != ' ' || !Attribute(element))
                {
                    return false;
                }
            }

            Current.AppendChild(element);
            if ((kind & Kind.Void) != Kind.Void)
            {
                open.Add((name, kind, element));
            }

            afterPre = name == "pre";
            return true;
        }

        // Where the parser would put the element somewhere else, or close others first, the shape is not Markdig's.
        private bool Fits(string name, Kind kind)
        {
            if (TableChild() is { } expected)
            {
                return expected.Contains(name);
            }

            if (name is "thead" or "tbody" or "tr" or "th" or "td")
            {
                return false; // outside its table the parser drops it
            }

            if ((kind & Kind.ClosesParagraph) == Kind.ClosesParagraph && Contains("p"))
            {
                return false;
            }

            if (IsHeading(name) && open.Count > 0 && IsHeading(open[^1].Name))
            {
                return false;
            }

            if (name == "li")
            {
                // The parser closes an open <li> first, looking past all but the special elements (other than div and p).
                for (var i = open.Count - 1; i >= 0; i--)
                {
                    if (open[i].Name == "li")
                    {
                        return false;
                    }

                    if ((open[i].Kind & Kind.Special) == Kind.Special && open[i].Name is not ("div" or "p"))
                    {
                        break;
                    }
                }
            }

            return name != "a" || !Contains("a");
        }

        // Inside a table, row group or row (not a cell): the only children the parser keeps in place.
        private string[]? TableChild() => open.Count == 0 ? null : open[^1].Name switch
        {
            "table" => InTable,
            "thead" or "tbody" => InRowGroup,
            "tr" => InRow,
            _ => null,
        };

        private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

        private bool Attribute(IElement element)
        {
            var start = at + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterLower(html[end]) || (end > start && (char.IsAsciiDigit(html[end]) || html[end] == '-'))))
            {
                end++;
            }

            if (end == start || end + 1 >= html.Length || html[end] != '=' || html[end + 1] != '"')
            {
                return false;
            }

            var close = html.IndexOf('"', end + 2);
            if (close < 0)
            {
                return false;
            }

            var name = html[start..end];
            if (element.HasAttribute(name) || CharacterReferences.Decode(html.AsSpan(end + 2, close - end - 2), buffer) is not { } value || value.Contains('\r', StringComparison.Ordinal))
            {
                return false;
            }

            element.SetAttribute(name, value);
            at = close + 1;
            return true;
        }

        // A '<' that starts no tag, comment or declaration ("a < b", "<3") is text to the parser.
        private bool IsMarkup(int i) =>
            html[i] == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?');

        private int SlashEnd() =>
            html.AsSpan(at).StartsWith("/>", StringComparison.Ordinal) ? 2 : html.AsSpan(at).StartsWith(" />", StringComparison.Ordinal) ? 3 : 0;

        // <!-- text -->, which the parser keeps as a comment node where it stands (the sanitiser then removes it).
        private bool Comment()
        {
            var start = at + 4;
            var end = html.IndexOf("-->", start, StringComparison.Ordinal);
            if (end < 0 || html[start] == '>' || html.AsSpan(start).StartsWith("->", StringComparison.Ordinal))
            {
                return false;
            }

            var text = html.AsSpan(start, end - start);
            if (text.ContainsAny('\r', '\0') || text.Contains("--!>", StringComparison.Ordinal) || text.EndsWith("<!-", StringComparison.Ordinal))
            {
                return false;
            }

            Current.AppendChild(document.CreateComment(text.ToString()));
            at = end + 3;
            afterPre = false;
            return true;
        }

        private int NameEnd(int start)
        {
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterLower(html[end]) || (end > start && char.IsAsciiDigit(html[end]))))
            {
                end++;
            }

            return end;
        }

        private bool Contains(string name)
        {
            foreach (var element in open)
            {
                if (element.Name == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
