using FleetCatalog.Devices;
using FleetCatalog.Projects;
using FleetCatalog.Projects.Compose;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>
/// Which Dockerfile balena builds a service from for a board: the one named in the compose file, else
/// the first of <c>Dockerfile.&lt;device-slug&gt;</c>, <c>Dockerfile.&lt;arch&gt;</c>, <c>Dockerfile.template</c>, <c>Dockerfile</c> in the build context.
/// Made once per project: a project asks for every service and every board it lists.
/// </summary>
internal sealed class DockerfileVariants(IEnumerable<ProjectFile> dockerfiles)
{
    private readonly Dictionary<string, ProjectFile> byPath = dockerfiles.ToDictionary(f => Normalize(f.Path), StringComparer.Ordinal);

    public ProjectFile? For(ComposeService service, DeviceType board)
    {
        if (service.BuildContext is not { } context)
        {
            return null;
        }

        if (service.Dockerfile is { Length: > 0 } named)
        {
            return byPath.GetValueOrDefault(Normalize(context + "/" + named));
        }

        string[] names = [$"Dockerfile.{board.Slug}", $"Dockerfile.{board.Architecture.Slug()}", "Dockerfile.template", "Dockerfile"];
        return names.Select(n => byPath.GetValueOrDefault(Normalize(context + "/" + n))).FirstOrDefault(f => f is not null);
    }

    /// <summary><c>./a/../b//Dockerfile</c> as <c>b/Dockerfile</c>, so that paths from compose and from disk compare.</summary>
    public static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
