using System.Net;

namespace FleetCatalog.Output;

/// <summary>
/// A cheap, linear HTML tokenizer that keeps only what the link checker needs: URLs in <c>href</c>,
/// <c>src</c>, <c>srcset</c> and <c>poster</c>, and every <c>id</c> (and <c>&lt;a name&gt;</c>). Comments,
/// doctypes and the text of raw-text elements (script, style, textarea, title...) are skipped, and text is
/// never markup, so <c>&lt;code&gt;&amp;lt;a href="x"&amp;gt;&lt;/code&gt;</c> is not a link. Also reads SVG.
/// </summary>
internal static class HtmlLinkScanner
{
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "poster", "xlink:href"];

    public static HtmlScan Scan(string html)
    {
        var links = new List<HtmlLink>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lines = new LineCounter(html);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                i = SkipPast(html, lt + 4, "-->");
            }
            else if (html.AsSpan(lt).StartsWith("<![CDATA["))
            {
                i = SkipPast(html, lt + 9, "]]>");
            }
            else if (next is '!' or '?' or '/')
            {
                i = SkipPast(html, lt + 2, ">");
            }
            else if (char.IsAsciiLetter(next))
            {
                i = ReadTag(html, lt + 1, links, ids, lines);
            }
            else
            {
                i = lt + 1;
            }
        }

        return new HtmlScan(links, ids);
    }

    private static int ReadTag(string html, int start, List<HtmlLink> links, HashSet<string> ids, LineCounter lines)
    {
        var i = start;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>')
        {
            i++;
        }

        // Names are compared in place: a page has thousands of tags and attributes, and only a few are kept.
        var tag = html.AsSpan(start, i - start);
        while (i < html.Length && html[i] != '>')
        {
            if (IsSpace(html[i]) || html[i] == '/')
            {
                i++;
                continue;
            }

            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>' and not '=')
            {
                i++;
            }

            var name = html.AsSpan(nameStart, i - nameStart);
            var (valueStart, valueEnd, next) = ReadValue(html, i);
            i = next;
            if (valueStart >= 0)
            {
                Record(tag, name, html, valueStart, valueEnd, links, ids, lines);
            }
        }

        i = Math.Min(i + 1, html.Length);
        return OneOf(tag, RawText) is { } rawText ? SkipRawText(html, i, rawText) : i;
    }

    private static (int Start, int End, int Next) ReadValue(string html, int i)
    {
        var j = i;
        while (j < html.Length && IsSpace(html[j]))
        {
            j++;
        }

        if (j >= html.Length || html[j] != '=')
        {
            return (-1, -1, i);
        }

        j++;
        while (j < html.Length && IsSpace(html[j]))
        {
            j++;
        }

        if (j < html.Length && html[j] is '"' or '\'')
        {
            var close = html.IndexOf(html[j], j + 1);
            close = close < 0 ? html.Length : close;
            return (j + 1, close, Math.Min(close + 1, html.Length));
        }

        var end = j;
        while (end < html.Length && !IsSpace(html[end]) && html[end] != '>')
        {
            end++;
        }

        return (j, end, end);
    }

    private static void Record(
        ReadOnlySpan<char> tag, ReadOnlySpan<char> name, string html, int start, int end, List<HtmlLink> links, HashSet<string> ids, LineCounter lines)
    {
        var isId = name.Equals("id", StringComparison.OrdinalIgnoreCase)
            || (name.Equals("name", StringComparison.OrdinalIgnoreCase) && tag.Equals("a", StringComparison.OrdinalIgnoreCase));
        var attribute = isId ? null : OneOf(name, UrlAttributes);
        if (!isId && attribute is null)
        {
            return;
        }

        var raw = html[start..end];
        var value = raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw;
        if (isId)
        {
            ids.Add(value);
            return;
        }

        var (line, column) = lines.At(start);
        if (attribute == "srcset")
        {
            links.AddRange(Srcset.Urls(value).Select(url => new HtmlLink(attribute, url, line, column)));
        }
        else
        {
            links.Add(new HtmlLink(attribute!, value, line, column));
        }
    }

    /// <summary>The lower-case name in <paramref name="names"/> that <paramref name="text"/> is, ignoring case, or null.</summary>
    private static string? OneOf(ReadOnlySpan<char> text, string[] names)
    {
        foreach (var name in names)
        {
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    private static int SkipRawText(string html, int i, string tag)
    {
        var close = "</" + tag;
        var end = html.IndexOf(close, i, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html.Length : SkipPast(html, end + close.Length, ">");
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var end = html.IndexOf(marker, from, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + marker.Length;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    // Positions only move forward, so counting newlines as we go keeps the scan linear.
    private sealed class LineCounter(string text)
    {
        private int position;
        private int line = 1;
        private int lineStart;

        public (int Line, int Column) At(int offset)
        {
            for (; position < offset; position++)
            {
                if (text[position] == '\n')
                {
                    line++;
                    lineStart = position + 1;
                }
            }

            return (line, offset - lineStart + 1);
        }
    }
}
