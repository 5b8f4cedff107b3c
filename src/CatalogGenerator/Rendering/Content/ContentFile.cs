using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;

namespace FleetCatalog.Rendering.Content;

/// <summary>Reads a content file as UTF-8 text with the shared decoder, telling problems in the file's own terms.</summary>
internal static class ContentFile
{
    /// <summary>A learn page is a few thousand words; anything near this size is not one.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The file's text, or null (reported) when it is missing, unreadable, binary, too large or empty.</summary>
    /// <param name="needs">What the file must hold, to finish a message: "site.yml needs at least 'title: …'".</param>
    public static string? Read(string path, FileFindings findings, string needs)
    {
        byte[] bytes;
        try
        {
            bytes = SourceText.ReadLimited(path, MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "does not exist" : $"cannot be read ({e.Message})";
            findings.Add(DiagnosticCodes.FileUnreadable, $"'{path}' {why}; {needs}", SourceSpan.None);
            return null;
        }

        return Decode(bytes, findings, needs);
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, FileFindings findings, string needs)
    {
        var (text, problem) = SourceText.Decode(bytes, findings.File, MaxBytes);
        if (problem is null)
        {
            return text;
        }

        // SourceText speaks of balena.yml; say what this file needs instead.
        findings.AddRange([problem.Code switch
        {
            "CAT100" => problem with { Message = $"'{findings.File}' is over {MaxBytes / 1024} KiB, the most that is read: split it into several pages" },
            "CAT102" => problem with { Message = $"'{findings.File}' is empty; {needs}" },
            _ => problem,
        }]);
        return null;
    }
}
