using System.Globalization;
using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Sanitizing;

namespace FleetCatalog.Rendering.Markdown;

/// <summary>The Markdown as it is rendered: cut at <see cref="MaxLength"/> and without bidirectional control characters.</summary>
internal static class GuideInput
{
    /// <summary>About 1 MB: twenty times the longest README in the corpus, and enough to keep one guide from stalling a build.</summary>
    public const int MaxLength = 1 << 20;

    public static string Prepare(string markdown, string file, ICollection<Diagnostic> findings)
    {
        var text = markdown;
        if (text.Length > MaxLength)
        {
            var cut = CutPoint(text);
            var line = 1 + text.AsSpan(0, cut).Count('\n');
            findings.Add(DiagnosticCodes.GuideTooLong.Create(
                $"the guide is {Megabytes(text.Length)} long, more than the {Megabytes(MaxLength)} the site shows, so it stops after line {line - 1}: " +
                "move long material such as logs, changelogs or data into separate files and link to them",
                file, new SourceSpan(line, 1, line, 1)));
            text = text[..cut];
        }

        // Stripped everywhere, code included: reordered text is exactly how "Trojan Source" hides code from its reader.
        return UnicodeControls.StripBidiControls(text);
    }

    // At the end of the last whole line; inside one enormous line, at the limit (never between a surrogate pair).
    private static int CutPoint(string text)
    {
        var newline = text.LastIndexOf('\n', MaxLength - 1);
        if (newline >= MaxLength / 2)
        {
            return newline + 1;
        }

        return char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
    }

    private static string Megabytes(int characters) =>
        (characters / 1_048_576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
