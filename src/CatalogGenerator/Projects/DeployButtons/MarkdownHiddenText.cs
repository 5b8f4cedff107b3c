using System.Text.RegularExpressions;

namespace FleetCatalog.Projects.DeployButtons;

/// <summary>
/// Marks the parts of a Markdown text that are shown as text, not as links: fenced code blocks, inline code
/// spans and HTML comments. A deploy URL written there is an example or a comment, not a button.
/// </summary>
internal static partial class MarkdownHiddenText
{
    public static bool[] Find(string text)
    {
        var hidden = new bool[text.Length];
        MarkFences(text, hidden);
        MarkComments(text, hidden);
        MarkCodeSpans(text, hidden);
        return hidden;
    }

    // ``` or ~~~ indented at most three spaces, closed by a line of at least as many of the same character (or the end).
    // Lines are looked at in place: this runs on every README with a deploy link, and most lines are not fences.
    private static void MarkFences(string text, bool[] hidden)
    {
        var position = 0;
        var fence = (Character: '\0', Length: 0);
        var fenceStart = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text.AsSpan(position, lineEnd - position).TrimEnd('\r');
            var marker = FenceMarker(line);
            if (fence.Length == 0 && marker.Length > 0)
            {
                (fence, fenceStart) = (marker, position);
            }
            else if (fence.Length > 0 && marker.Length >= fence.Length && marker.Character == fence.Character && line.Trim().Length == marker.Length)
            {
                Array.Fill(hidden, true, fenceStart, lineEnd - fenceStart);
                fence = ('\0', 0);
            }

            position = lineEnd + 1;
        }

        if (fence.Length > 0)
        {
            Array.Fill(hidden, true, fenceStart, text.Length - fenceStart);
        }
    }

    // The fence's character and length; a length of 0 when the line is no fence.
    private static (char Character, int Length) FenceMarker(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3 || trimmed.Length < 3 || (trimmed[0] != '`' && trimmed[0] != '~'))
        {
            return ('\0', 0);
        }

        var count = 0;
        while (count < trimmed.Length && trimmed[count] == trimmed[0])
        {
            count++;
        }

        // "```docker run x```" on one line is inline code: a backtick fence's info string holds no backtick.
        var isFence = count >= 3 && !(trimmed[0] == '`' && trimmed[count..].Contains('`'));
        return isFence ? (trimmed[0], count) : ('\0', 0);
    }

    private static void MarkComments(string text, bool[] hidden)
    {
        for (var start = text.IndexOf("<!--", StringComparison.Ordinal); start >= 0; start = text.IndexOf("<!--", start + 4, StringComparison.Ordinal))
        {
            if (hidden[start])
            {
                continue;
            }

            var close = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            var end = close < 0 ? text.Length : close + 3;
            Array.Fill(hidden, true, start, end - start);
            start = end - 4;
        }
    }

    // A run of backticks opens a code span closed by a run of the same length, within one paragraph.
    private static void MarkCodeSpans(string text, bool[] hidden)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '`' || hidden[i])
            {
                i++;
                continue;
            }

            var length = RunLength(text, i);
            var close = FindClosingRun(text, i + length, length, hidden);
            if (close < 0)
            {
                i += length;
                continue;
            }

            Array.Fill(hidden, true, i, close + length - i);
            i = close + length;
        }
    }

    private static int FindClosingRun(string text, int from, int length, bool[] hidden)
    {
        var paragraphEnd = BlankLine().Match(text, from);
        var limit = paragraphEnd.Success ? paragraphEnd.Index : text.Length;
        for (var j = from; j < limit; j++)
        {
            if (hidden[j])
            {
                return -1;
            }

            if (text[j] == '`')
            {
                var run = RunLength(text, j);
                if (run == length)
                {
                    return j;
                }

                j += run - 1;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\n[ \t\r]*\n")]
    private static partial Regex BlankLine();

    private static int RunLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '`')
        {
            end++;
        }

        return end - start;
    }
}
