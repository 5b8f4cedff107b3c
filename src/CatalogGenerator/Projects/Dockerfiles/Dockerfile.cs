using System.Collections.Immutable;

namespace FleetCatalog.Projects.Dockerfiles;

/// <summary>The parts of a Dockerfile that decide what it is built on: its stages and the <c>ARG</c>s declared before the first <c>FROM</c>.</summary>
/// <param name="GlobalArguments">Each global <c>ARG</c> and its default, null when it has none.</param>
internal sealed record Dockerfile(string Path, ImmutableArray<DockerfileStage> Stages, ImmutableDictionary<string, string?> GlobalArguments)
{
    /// <summary>
    /// The stage whose base image the built image runs on: the last stage, followed back through
    /// <c>FROM earlier-stage</c> to the stage that names a real image. Null for a file without FROM.
    /// </summary>
    public DockerfileStage? BaseOfFinalStage()
    {
        if (Stages.IsEmpty)
        {
            return null;
        }

        var index = Stages.Length - 1;
        for (var hops = 0; hops < Stages.Length; hops++)
        {
            var image = Stages[index].Image;
            var earlier = Enumerable.Range(0, index).LastOrDefault(i => string.Equals(Stages[i].Name, image, StringComparison.OrdinalIgnoreCase), -1);
            if (earlier < 0)
            {
                break;
            }

            index = earlier;
        }

        return Stages[index];
    }
}
