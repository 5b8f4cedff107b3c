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

    public static HtmlScan Scan(string html) => Scan(html.AsSpan());

    /// <summary>The same, for text in a buffer (the link checker reads pages into one it reuses).</summary>
    public static HtmlScan Scan(ReadOnlySpan<char> html)
    {
        var links = new List<HtmlLink>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf('<');
            if (lt < 0 || i + lt + 1 >= html.Length)
            {
                break;
            }

            lt += i;

            var next = html[lt + 1];
            if (html[lt..].StartsWith("<!--"))
            {
                i = SkipPast(html, lt + 4, "-->");
            }
            else if (html[lt..].StartsWith("<![CDATA["))
            {
                i = SkipPast(html, lt + 9, "]]>");
            }
            else if (next is '!' or '?' or '/')
            {
                i = SkipPast(html, lt + 2, ">");
            }
            else if (char.IsAsciiLetter(next))
            {
                i = ReadTag(html, lt + 1, links, ids);
            }
            else
            {
                i = lt + 1;
            }
        }

        return new HtmlScan(links, ids);
    }

    private static int ReadTag(ReadOnlySpan<char> html, int start, List<HtmlLink> links, HashSet<string> ids)
    {
        var i = start;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>')
        {
            i++;
        }

        // Names are compared in place: a page has thousands of tags and attributes, and only a few are kept.
        var tag = html[start..i];
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

            var name = html[nameStart..i];
            var (valueStart, valueEnd, next) = ReadValue(html, i);
            i = next;
            if (valueStart >= 0)
            {
                Record(tag, name, html, valueStart, valueEnd, links, ids);
            }
        }

        i = Math.Min(i + 1, html.Length);
        return OneOf(tag, RawText) is { } rawText ? SkipRawText(html, i, rawText) : i;
    }

    private static (int Start, int End, int Next) ReadValue(ReadOnlySpan<char> html, int i)
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
            var close = html[(j + 1)..].IndexOf(html[j]);
            close = close < 0 ? html.Length : close + j + 1;
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
        ReadOnlySpan<char> tag, ReadOnlySpan<char> name, ReadOnlySpan<char> html, int start, int end, List<HtmlLink> links, HashSet<string> ids)
    {
        var isId = name.Equals("id", StringComparison.OrdinalIgnoreCase)
            || (name.Equals("name", StringComparison.OrdinalIgnoreCase) && tag.Equals("a", StringComparison.OrdinalIgnoreCase));
        var attribute = isId ? null : OneOf(name, UrlAttributes);
        if (!isId && attribute is null)
        {
            return;
        }

        var raw = html[start..end].ToString();
        var value = raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw;
        if (isId)
        {
            ids.Add(value);
            return;
        }

        if (attribute == "srcset")
        {
            links.AddRange(Srcset.Urls(value).Select(url => new HtmlLink(attribute, url, start)));
        }
        else
        {
            links.Add(new HtmlLink(attribute!, value, start));
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

    private static int SkipRawText(ReadOnlySpan<char> html, int i, string tag)
    {
        var close = "</" + tag;
        var end = html[i..].IndexOf(close, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html.Length : SkipPast(html, i + end + close.Length, ">");
    }

    private static int SkipPast(ReadOnlySpan<char> html, int from, string marker)
    {
        var end = html[from..].IndexOf(marker, StringComparison.Ordinal);
        return end < 0 ? html.Length : from + end + marker.Length;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>
    /// The 1-based line and column (UTF-16 units) of <paramref name="offset"/> in <paramref name="html"/>. Asked only for
    /// the links that are reported: counting lines for every link was a tenth of the link check.
    /// </summary>
    public static (int Line, int Column) Position(string html, int offset)
    {
        var before = html.AsSpan(0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, offset - lineStart + 1);
    }
}
