using System.Text.Json;

namespace FleetCatalog.Sources.Caching;

/// <summary>
/// The build cache (<c>.catalog/cache</c> by default): one folder per format version, so a tool that
/// reads another layout starts afresh instead of misreading it. Each project's snapshot lives in a folder
/// of its own, published by writing <c>current.json</c> atomically; a build killed at any moment leaves
/// either the old snapshot or the new one current, never a half-written one.
/// </summary>
internal sealed class SnapshotCache
{
    public const int Version = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public SnapshotCache(string directory)
    {
        Root = Path.Combine(Path.GetFullPath(directory), $"v{Version}");
        Directory.CreateDirectory(Path.Combine(Root, "projects"));
        Directory.CreateDirectory(Temporary);
        RemoveLeftovers();
    }

    public string Root { get; }

    /// <summary>Where the GitHub client keeps its ETags and responses.</summary>
    public string GitHub => Path.Combine(Root, "github");

    /// <summary>Where rendered guides are kept, by a hash of what they are made from (<c>GuideCache</c>).</summary>
    public string Guides => Path.Combine(Root, "guides");

    /// <summary>Where downloaded logos are kept, by content hash.</summary>
    public string Logos => Path.Combine(Root, "logos");

    private string Temporary => Path.Combine(Root, "tmp");

    /// <summary>A fresh, empty folder to fetch into; handed to <see cref="Publish{T}"/> when complete.</summary>
    public string CreateStaging(string slug)
    {
        var path = Path.Combine(Temporary, $"{slug}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The current snapshot of a project and the folder holding its files, or null when there is none or it cannot be read.</summary>
    public (T Snapshot, string Directory)? Load<T>(string slug)
    {
        try
        {
            var pointer = Path.Combine(Root, "projects", slug, "current.json");
            if (!File.Exists(pointer))
            {
                return null;
            }

            var name = JsonSerializer.Deserialize<CurrentPointer>(File.ReadAllText(pointer), Json)?.Directory;
            var directory = name is null ? null : Path.Combine(Root, "projects", slug, name);
            if (directory is null || !File.Exists(Path.Combine(directory, "snapshot.json")))
            {
                return null;
            }

            var snapshot = JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(directory, "snapshot.json")), Json);
            return snapshot is null ? null : (snapshot, directory);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged cache entry costs a refetch, never the build.
            return null;
        }
    }

    /// <summary>
    /// Makes a staging folder the project's current snapshot: writes its snapshot.json, moves it under
    /// the project, points current.json at it, then deletes older snapshots. Returns the new folder.
    /// </summary>
    public string Publish<T>(string slug, string staging, T snapshot)
    {
        AtomicFile.WriteAllText(Path.Combine(staging, "snapshot.json"), JsonSerializer.Serialize(snapshot, Json));
        var project = Path.Combine(Root, "projects", slug);
        Directory.CreateDirectory(project);
        var name = Path.GetFileName(staging);
        var target = Path.Combine(project, name);
        Directory.Move(staging, target);
        AtomicFile.WriteAllText(Path.Combine(project, "current.json"), JsonSerializer.Serialize(new CurrentPointer(name), Json));
        foreach (var old in Directory.EnumerateDirectories(project).Where(d => Path.GetFileName(d) != name))
        {
            TryDelete(old);
        }

        return target;
    }

    /// <summary>Rewrites the record of the current snapshot in place (new metadata, same files), atomically.</summary>
    public string Update<T>(string slug, string directory, T snapshot)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(directory)) != Path.Combine(Root, "projects", slug))
        {
            throw new ArgumentException($"'{directory}' is not a snapshot of '{slug}'", nameof(directory));
        }

        AtomicFile.WriteAllText(Path.Combine(directory, "snapshot.json"), JsonSerializer.Serialize(snapshot, Json));
        return directory;
    }

    /// <summary>Deletes a staging folder that will not be published (the fetch failed).</summary>
    public void Discard(string staging)
    {
        if (Path.GetFullPath(staging).StartsWith(Temporary + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            TryDelete(staging);
        }
    }

    // Staging folders of builds that were killed; older than an hour, so no running build still uses them.
    private void RemoveLeftovers()
    {
        foreach (var directory in Directory.EnumerateDirectories(Temporary))
        {
            if (Directory.GetLastWriteTimeUtc(directory) < DateTime.UtcNow.AddHours(-1))
            {
                TryDelete(directory);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's clean-up.
        }
    }

    private sealed record CurrentPointer(string Directory);
}
