namespace FleetCatalog.Rendering.Content;

/// <summary>
/// A page's front matter split from its body. <see cref="Yaml"/> keeps the opening <c>---</c> line (a YAML
/// document start), so positions the YAML reader reports are the file's own lines.
/// </summary>
/// <param name="ClosingLine">The line of the closing <c>---</c>.</param>
internal sealed record LearnFrontMatter(string Yaml, int ClosingLine, string Body)
{
    /// <summary>
    /// The front matter, or null: when the text does not begin with a <c>---</c> line (<paramref name="opened"/>
    /// false), or when no <c>---</c> line closes it (<paramref name="opened"/> true).
    /// </summary>
    public static LearnFrontMatter? Split(string text, out bool opened)
    {
        var lines = Lines(text).ToList();
        opened = lines.Count > 0 && text[..lines[0].Length].TrimEnd() == "---";
        if (!opened)
        {
            return null;
        }

        var offset = lines[0].Next;
        for (var i = 1; i < lines.Count; i++)
        {
            var line = text.Substring(offset, lines[i].Length).TrimEnd();
            if (line is "---" or "...")
            {
                return new LearnFrontMatter(text[..offset], i + 1, text[lines[i].Next..]);
            }

            offset = lines[i].Next;
        }

        return null;
    }

    // Each line's length without its ending, and where the next line starts; "\r\n" and "\n" both end a line.
    private static IEnumerable<(int Length, int Next)> Lines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                yield return (text.Length - start, text.Length);
                yield break;
            }

            var length = end - start - (end > start && text[end - 1] == '\r' ? 1 : 0);
            yield return (length, end + 1);
            start = end + 1;
        }
    }
}
