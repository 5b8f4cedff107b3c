using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// CAT609: <c>manifest</c> and <c>guide</c> must be paths of a file inside the repository, written with
/// forward slashes and relative to its root, because only that part of the repository is fetched.
/// </summary>
internal static class EntryPaths
{
    public static string Read(YamlMapping root, string key, string fallback, FileFindings findings)
    {
        var entry = root.Find(key);
        var text = EntryValue.Text(entry, findings, "a file path inside the repository");
        if (text is null)
        {
            return fallback;
        }

        var segments = text.Split('/');
        var why = text switch
        {
            "" => $"is empty; leave '{key}' out to use '{fallback}'",
            _ when text.Contains('\\', StringComparison.Ordinal) => $"uses '\\'; write '{text.Replace('\\', '/')}' with forward slashes",
            _ when text.StartsWith('/') => $"starts with '/'; write it relative to the repository's root: '{text.TrimStart('/')}'",
            _ when text.Contains("://", StringComparison.Ordinal) => "is a URL; write the file's path inside the repository, such as 'device/balena.yml'",
            _ when text.EndsWith('/') => $"names a folder; name the file in it, such as '{text}{fallback}'",
            _ when segments.Any(s => s is "" or "." or "..") => "has an empty, '.' or '..' part; write the plain path from the repository's root",
            _ when text.Any(char.IsControl) || text.StartsWith('-') => "is not a usable file name",
            _ => null,
        };
        if (why is null)
        {
            return text;
        }

        findings.Add(DiagnosticCodes.EntryWrongValueType, $"{key} path '{text}' {why}", entry!.Value.Span);
        return fallback;
    }
}
