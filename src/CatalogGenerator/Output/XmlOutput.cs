using System.Globalization;
using System.Text;
using System.Xml;

namespace FleetCatalog.Output;

/// <summary>Deterministic XML text (UTF-8, two-space indents, \n) for the sitemap, the feed and the badges.</summary>
internal static class XmlOutput
{
    public static string Write(Action<XmlWriter> write, bool declaration = true)
    {
        ArgumentNullException.ThrowIfNull(write);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            OmitXmlDeclaration = !declaration,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// Text as XML 1.0 can carry it, so one odd character in a project's description cannot fail the
    /// build: control characters it forbids (invisible anyway) are dropped, lone surrogates become U+FFFD.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var valid = pair || XmlConvert.IsXmlChar(c);
            if (!valid && cleaned is null)
            {
                cleaned = new StringBuilder(text, 0, i, text.Length);
            }

            if (valid)
            {
                cleaned?.Append(c);
            }
            else if (char.IsSurrogate(c))
            {
                cleaned!.Append('\uFFFD');
            }
            if (pair)
            {
                i++;
                cleaned?.Append(text[i]);
            }
        }

        return cleaned?.ToString() ?? text;
    }

    /// <summary>RFC 3339 in UTC to the second (<c>2024-05-01T12:00:00Z</c>), as sitemaps and Atom want it.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
