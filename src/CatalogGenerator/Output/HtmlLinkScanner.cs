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
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

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
                Record(tag, name, html, valueStart, valueEnd, links, ids, lines);
            }
        }

        i = Math.Min(i + 1, html.Length);
        return RawText.Contains(tag) ? SkipRawText(html, i, tag) : i;
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

    private static void Record(string tag, string name, string html, int start, int end, List<HtmlLink> links, HashSet<string> ids, LineCounter lines)
    {
        var isId = name.Equals("id", StringComparison.OrdinalIgnoreCase)
            || (name.Equals("name", StringComparison.OrdinalIgnoreCase) && tag.Equals("a", StringComparison.OrdinalIgnoreCase));
        var isUrl = name.ToLowerInvariant() is "href" or "src" or "srcset" or "poster" or "xlink:href";
        if (!isId && !isUrl)
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
        var attribute = name.ToLowerInvariant();
        if (attribute == "srcset")
        {
            links.AddRange(Srcset.Urls(value).Select(url => new HtmlLink(attribute, url, line, column)));
        }
        else
        {
            links.Add(new HtmlLink(attribute, value, line, column));
        }
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
