using System.Text.Encodings.Web;
using System.Text.Json;
using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Caching;

namespace FleetCatalog.Sources.Refresh;

/// <summary>
/// <c>catalog build --report FILE</c>: per project its commit, status, why it is stale or failed and its findings, and the totals,
/// including how many git fetches and GitHub requests were made and how many were answered 304.
/// </summary>
internal static class BuildReportWriter
{
    public const int SchemaVersion = 1;

    public static void Write(RefreshResult result, string path) => AtomicFile.WriteAllBytes(path, Serialize(result));

    public static byte[] Serialize(RefreshResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartArray("projects");
            foreach (var project in result.Projects)
            {
                json.WriteStartObject();
                json.WriteString("slug", project.Entry.Slug);
                json.WriteString("repository", project.Entry.Repository);
                WriteOptional(json, "ref", project.Entry.Ref);
                WriteOptional(json, "commit", project.Commit);
                json.WriteString("status", project.Status.ToString().ToLowerInvariant());
                WriteOptional(json, "staleReason", project.StaleReason);
                WriteFailure(json, project.Failure);
                WriteDiagnostics(json, project.Diagnostics);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteDiagnostics(json, result.CatalogDiagnostics, "catalogDiagnostics");
            WriteTotals(json, result);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteTotals(Utf8JsonWriter json, RefreshResult result)
    {
        var t = result.Totals;
        json.WriteStartObject("totals");
        json.WriteNumber("projects", t.Projects);
        json.WriteNumber("fetched", t.Fetched);
        json.WriteNumber("unchanged", t.Unchanged);
        json.WriteNumber("stale", t.Stale);
        json.WriteNumber("failed", t.Failed);
        json.WriteNumber("errors", result.Projects.Sum(p => p.Errors) + result.CatalogDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        json.WriteNumber("warnings", result.Projects.Sum(p => p.Warnings));
        json.WriteNumber("gitLsRemotes", t.GitLsRemotes);
        json.WriteNumber("gitFetches", t.GitFetches);
        json.WriteNumber("githubRequests", t.GitHubRequests);
        json.WriteNumber("githubNotModified", t.GitHubNotModified);
        json.WriteNumber("githubRateLimited", t.GitHubRateLimited);
        json.WriteNumber("logoDownloads", t.LogoDownloads);
        json.WriteNumber("seconds", Math.Round(t.Elapsed.TotalSeconds, 3));
        json.WriteEndObject();
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, IEnumerable<Diagnostic> diagnostics, string name = "diagnostics")
    {
        json.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            DiagnosticJson.Write(json, d);
        }

        json.WriteEndArray();
    }

    // Why a stale or failed project is so, as data: the kind in the report's lower case, the host when one failed.
    private static void WriteFailure(Utf8JsonWriter json, RefreshFailure? failure)
    {
        if (failure is null)
        {
            return;
        }

        json.WriteStartObject("failure");
        json.WriteString("kind", failure.Kind.ToString().ToLowerInvariant());
        WriteOptional(json, "host", failure.Host);
        json.WriteString("cause", failure.Cause);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
