namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// A quick look at rendered HTML, before a real parser builds it, for the two shapes that make HTML parsers slow or
/// explode: elements nested thousands deep (parsing costs grow with the square of the depth), and formatting tags
/// such as <c>&lt;b&gt;</c> left open, which the HTML rules copy into every later paragraph.
/// </summary>
internal static class HtmlShape
{
    /// <summary>Deeper than this is refused; real guides stay far below it, and Markdig itself stops at 128 levels.</summary>
    public const int MaxDepth = 256;

    /// <summary>More formatting tags left open than this are refused; one or two slip into real guides.</summary>
    public const int MaxLeftOpen = 16;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "param",
    };

    private static readonly HashSet<string> FormattingElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    // A new one of these closes an unclosed sibling of the same name (<p>a<p>b), so it does not nest.
    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "tbody", "thead", "tfoot",
    };

    /// <summary>
    /// Elements kept at most. The HTML library behind the sanitiser finds an element's place by scanning its
    /// parent's children, so hundreds of thousands of siblings (a 1 MB guide of headings or tiny tables) take
    /// minutes; real READMEs have a few hundred.
    /// </summary>
    public const int MaxElements = 10_000;

    /// <summary>
    /// Where to cut <paramref name="html"/> so that it keeps at most <see cref="MaxElements"/> elements: the end of
    /// the last top-level element before the budget ran out (nothing left open there); null when it fits.
    /// </summary>
    public static int? ElementBudgetCut(string html)
    {
        var depth = 0;
        var elements = 0;
        var lastTopLevelEnd = 0;
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0)
        {
            if (string.CompareOrdinal(html, position, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", position + 4, StringComparison.Ordinal);
                position = close < 0 ? html.Length : close + 3;
                continue;
            }

            var tag = ReadTag(html, position, out var end, out var closing, out var selfClosed);
            position = end;
            if (tag is null)
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else
            {
                if (++elements > MaxElements)
                {
                    return lastTopLevelEnd;
                }

                depth += VoidElements.Contains(tag) || selfClosed ? 0 : 1;
            }

            if (depth == 0)
            {
                lastTopLevelEnd = position;
            }
        }

        return null;
    }

    /// <summary>What is wrong with the shape of the HTML, in words for the author; null when it is fine.</summary>
    public static string? Problem(string html)
    {
        var open = new List<string>();
        var leftOpen = 0;
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0)
        {
            if (string.CompareOrdinal(html, position, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", position + 4, StringComparison.Ordinal);
                position = close < 0 ? html.Length : close + 3;
                continue;
            }

            var tag = ReadTag(html, position, out var end, out var closing, out var selfClosed);
            position = end;
            if (tag is null)
            {
                continue;
            }

            if (closing)
            {
                leftOpen += Close(open, tag);
            }
            else if (!VoidElements.Contains(tag) && !selfClosed)
            {
                if (SelfClosingSiblings.Contains(tag) && open.Count > 0 && string.Equals(open[^1], tag, StringComparison.OrdinalIgnoreCase))
                {
                    open.RemoveAt(open.Count - 1);
                }

                open.Add(tag);
                if (open.Count > MaxDepth)
                {
                    return $"its HTML nests elements more than {MaxDepth} levels deep";
                }
            }

            if (leftOpen > MaxLeftOpen)
            {
                return $"it leaves more than {MaxLeftOpen} formatting tags such as <b>, <i> or <a> open, and browsers copy every open one into each paragraph that follows";
            }
        }

        return null;
    }

    // Closes the nearest open element of that name; formatting elements closed on the way stay open in a browser.
    private static int Close(List<string> open, string tag)
    {
        var index = open.FindLastIndex(t => string.Equals(t, tag, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return 0;
        }

        var leaked = 0;
        for (var i = index + 1; i < open.Count; i++)
        {
            leaked += FormattingElements.Contains(open[i]) ? 1 : 0;
        }

        open.RemoveRange(index, open.Count - index);
        return leaked;
    }

    private static string? ReadTag(string html, int start, out int end, out bool closing, out bool selfClosed)
    {
        var i = start + 1;
        closing = i < html.Length && html[i] == '/';
        i += closing ? 1 : 0;
        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':'))
        {
            i++;
        }

        selfClosed = false;
        if (i == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            end = start + 1;
            return null;
        }

        var close = html.IndexOf('>', i);
        end = close < 0 ? html.Length : close + 1;
        selfClosed = close > 0 && html[close - 1] == '/';
        return html[nameStart..i];
    }
}
