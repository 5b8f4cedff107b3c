using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects.Compose;

namespace FleetCatalog.Projects;

/// <summary>Reads a project from a directory, a single manifest file, or text (standard input).</summary>
internal static class ProjectLoader
{
    /// <summary>Where balena and people put the manifest, best first. Only the first is read by balena.</summary>
    public static IReadOnlyList<string> ManifestCandidates { get; } = ["balena.yml", "balena.yaml", ".balena/balena.yml", ".balena/balena.yaml"];

    // Keys of the manifest (current or old flat layout) that a build-secrets file never has.
    private static readonly string[] FleetManifestMarkers =
        ["type:", "supportedDeviceTypes", "defaultDeviceType", "applicationEnvironmentVariables", "applicationConfigVariables", "repoUrl"];

    private static readonly string[] ComposeCandidates = ["docker-compose.yml", "docker-compose.yaml"];

    private static readonly string[] SingleContainerDockerfiles = ["Dockerfile.template", "Dockerfile"];

    /// <exception cref="IOException">The path does not exist or cannot be read.</exception>
    public static ProjectInput Load(string path, string? repository = null)
    {
        if (Directory.Exists(path))
        {
            return FromDirectory(path, repository);
        }

        if (File.Exists(path))
        {
            var input = FromText(Path.GetFileName(path), SourceText.ReadLimited(path));
            return input with { Repository = repository ?? GitRemote.Find(Path.GetDirectoryName(Path.GetFullPath(path))!) };
        }

        throw new FileNotFoundException($"'{path}' does not exist", path);
    }

    public static ProjectInput FromText(string name, ReadOnlySpan<byte> bytes, string? repository = null)
    {
        var (text, problem) = SourceText.Decode(bytes, name);
        return ProjectInput.ManifestOnly(name, text is null ? null : new ProjectFile(name, text), problem is null ? [] : [problem]) with
        {
            Repository = repository,
        };
    }

    /// <param name="manifestName">The manifest's file name when a catalog entry names it; else the usual places are searched.</param>
    public static ProjectInput FromDirectory(string directory, string? repository = null, string? manifestName = null)
    {
        var diagnostics = new List<Diagnostic>();
        var (manifestPath, manifest) = ReadManifest(directory, manifestName, diagnostics);
        var compose = ReadCompose(directory, diagnostics);
        return new ProjectInput(
            manifestPath,
            manifest,
            compose,
            ReadDockerfiles(directory, compose),
            ReadReadme(directory, diagnostics),
            repository ?? GitRemote.Find(directory),
            [.. diagnostics]);
    }

    /// <summary>
    /// The manifest alone, found and read as <see cref="FromDirectory"/> finds it, for a project already validated
    /// (its findings kept from before) whose manifest is still needed for what it says.
    /// </summary>
    public static ProjectInput ManifestFromDirectory(string directory, string repository, string? manifestName = null)
    {
        var diagnostics = new List<Diagnostic>();
        var (manifestPath, manifest) = ReadManifest(directory, manifestName, diagnostics);
        return ProjectInput.ManifestOnly(manifestPath, manifest, [.. diagnostics]) with { Repository = repository };
    }

    private static (string Path, ProjectFile? File) ReadManifest(string directory, string? manifestName, List<Diagnostic> diagnostics)
    {
        var manifestPath = manifestName is not null && File.Exists(Path.Combine(directory, manifestName))
            ? manifestName
            : ManifestCandidates.FirstOrDefault(c => IsFleetManifest(directory, c));
        if (manifestPath is null)
        {
            diagnostics.Add(DiagnosticCodes.ManifestNotFound.Create(
                $"no balena.yml in '{directory}'; balena reads the manifest from balena.yml at the root of the repository (run 'catalog validate' on the project's folder, or name the file)",
                "balena.yml", SourceSpan.None));
            return ("balena.yml", null);
        }

        return (manifestPath, ReadText(directory, manifestPath, diagnostics));
    }

    // .balena/balena.yml usually holds build secrets; it is only a misplaced manifest when it says what the fleet is.
    private static bool IsFleetManifest(string directory, string candidate)
    {
        var full = Path.Combine(directory, candidate);
        if (!File.Exists(full))
        {
            return false;
        }

        if (!candidate.StartsWith(".balena/", StringComparison.Ordinal))
        {
            return true;
        }

        var text = System.Text.Encoding.UTF8.GetString(SourceText.ReadLimited(full));
        return FleetManifestMarkers.Any(marker => text.Contains(marker, StringComparison.Ordinal));
    }

    private static ComposeFile? ReadCompose(string directory, List<Diagnostic> diagnostics)
    {
        var path = ComposeCandidates.FirstOrDefault(c => File.Exists(Path.Combine(directory, c)));
        if (path is null)
        {
            var dockerfile = SingleContainerDockerfiles.FirstOrDefault(c => File.Exists(Path.Combine(directory, c)))
                ?? Directory.EnumerateFiles(directory, "Dockerfile.*").Select(Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault();
            return dockerfile is null ? null : ComposeReader.SingleContainer(dockerfile);
        }

        var file = ReadText(directory, path, diagnostics);
        if (file is null)
        {
            return null;
        }

        var (compose, problems) = ComposeReader.Read(file.Text, path);
        diagnostics.AddRange(problems);
        return compose;
    }

    /// <summary>
    /// Every Dockerfile variant in each build context (balena picks one per device type or architecture),
    /// and any Dockerfile a service names explicitly (<c>build.dockerfile</c>), wherever it is.
    /// </summary>
    private static ImmutableArray<ProjectFile> ReadDockerfiles(string directory, ComposeFile? compose)
    {
        if (compose is null)
        {
            return [];
        }

        var root = Path.GetFullPath(directory);
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var service in compose.Services.Where(s => s.BuildContext is not null))
        {
            var context = Path.GetFullPath(Path.Combine(root, service.BuildContext!));
            if (!IsInside(root, context) || !Directory.Exists(context))
            {
                continue;
            }

            paths.UnionWith(Directory.EnumerateFiles(context).Where(IsDockerfile));
            if (service.Dockerfile is { Length: > 0 } named && Path.GetFullPath(Path.Combine(context, named)) is var full
                && IsInside(root, full) && File.Exists(full))
            {
                paths.Add(full);
            }
        }

        var files = new List<ProjectFile>();
        foreach (var path in paths)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var (text, _) = SourceText.Decode(SourceText.ReadLimited(path), relative);
            if (text is not null)
            {
                files.Add(new ProjectFile(relative, text));
            }
        }

        return [.. files];
    }

    private static bool IsInside(string root, string path) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsDockerfile(string path)
    {
        var name = Path.GetFileName(path);
        return name == "Dockerfile" || name.StartsWith("Dockerfile.", StringComparison.Ordinal);
    }

    private static ProjectFile? ReadReadme(string directory, List<Diagnostic> diagnostics)
    {
        var readme = Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => n.Equals("README.md", StringComparison.OrdinalIgnoreCase) || n.Equals("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return readme is null ? null : ReadText(directory, readme, diagnostics, maxBytes: SourceText.MaxReadmeBytes);
    }

    private static ProjectFile? ReadText(string directory, string relative, List<Diagnostic> diagnostics, int maxBytes = SourceText.MaxBytes)
    {
        byte[] bytes;
        try
        {
            bytes = SourceText.ReadLimited(Path.Combine(directory, relative), maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCodes.FileUnreadable.Create($"'{relative}' cannot be read: {e.Message}", relative, SourceSpan.None));
            return null;
        }

        var (text, problem) = SourceText.Decode(bytes, relative, maxBytes);
        if (problem is not null)
        {
            diagnostics.Add(problem);
        }

        return text is null ? null : new ProjectFile(relative, text);
    }
}
