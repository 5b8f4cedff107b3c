using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Projects.Compose;
using FleetCatalog.Projects.Dockerfiles;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>
/// A container built for one CPU does not start on another: a project listing a board its images
/// cannot run on fails there on the first deploy ("exec format error"). Judged only where an image's
/// name, platform or base image says its architecture; multi-architecture images are never guessed at.
/// </summary>
internal sealed class ImagesMustRunOnEveryListedBoard : IManifestRule
{
    private static readonly string[] AdaptiveArguments =
        ["BALENA_ARCH", "BALENA_MACHINE_NAME", "RESIN_ARCH", "RESIN_MACHINE_NAME", "TARGETARCH", "TARGETPLATFORM", "TARGETVARIANT", "BUILDPLATFORM", "BUILDARCH"];

    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var compose = context.Project.Compose;
        var boards = ListedDeviceTypes.DistinctBoards(context).Select(r => r.Device!).ToList();
        if (compose is null || boards.Count == 0)
        {
            return [];
        }

        var inference = new ImageArchitectureInference(context.Devices);
        var variants = new DockerfileVariants(context.Project.Dockerfiles);

        // Services often share a Dockerfile and most boards fall back to the same one: each is read and judged once.
        var judged = new Dictionary<ProjectFile, (DockerfileStage Stage, string Image, ImageArchitecture Architecture)?>(ReferenceEqualityComparer.Instance);
        var findings = new Dictionary<(string File, SourceSpan Span), Finding>();
        foreach (var service in compose.Services)
        {
            if (service.Platform?.Text is { } platform && ImageArchitectureInference.FromPlatform(platform) is { } forced)
            {
                Add(findings, compose.Path, service.Platform.Span, service, $"platform '{platform}'", forced, boards);
            }
            else if (service.BuildContext is null)
            {
                // With a build, image: only names the result; without one, it is what gets pulled.
                if (service.Image?.Text is { } image && inference.FromImage(image) is { } architecture)
                {
                    Add(findings, compose.Path, service.Image.Span, service, $"image '{image}'", architecture, boards);
                }
            }
            else
            {
                foreach (var board in boards)
                {
                    if (variants.For(service, board) is not { } file)
                    {
                        continue;
                    }

                    if (!judged.TryGetValue(file, out var judgement))
                    {
                        judgement = Judge(DockerfileReader.Read(file), inference);
                        judged[file] = judgement;
                    }

                    if (judgement is var (stage, image, architecture))
                    {
                        Add(findings, file.Path, stage.ImageSpan, service, $"'{file.Path}', whose base image is '{image}'", architecture, [board]);
                    }
                }
            }
        }

        return findings.Select(f => Report(f.Key.File, f.Key.Span, f.Value));
    }

    /// <summary>The final stage's base, as the builder will see it, and its architecture; null where it is not fixed by the file.</summary>
    private static (DockerfileStage Stage, string Image, ImageArchitecture Architecture)? Judge(Dockerfile dockerfile, ImageArchitectureInference inference)
    {
        if (dockerfile.BaseOfFinalStage() is not { } stage || stage.Image.Contains("%%", StringComparison.Ordinal))
        {
            return null;
        }

        if (stage.Platform is { } platform)
        {
            // A platform the builder fills in ($TARGETPLATFORM) follows the board being built for.
            return !platform.Contains('$', StringComparison.Ordinal) && ImageArchitectureInference.FromPlatform(platform) is { } forced
                ? (stage, stage.Image, forced with { Reason = $"its FROM line sets --platform={platform}" })
                : null;
        }

        if (DockerfileVariables.References(stage.Image).Any(n => AdaptiveArguments.Contains(n, StringComparer.Ordinal)))
        {
            return null;
        }

        return DockerfileVariables.Expand(stage.Image, dockerfile.GlobalArguments) is { } image && inference.FromImage(image) is { } architecture
            ? (stage, image, architecture)
            : null;
    }

    private static void Add(
        Dictionary<(string, SourceSpan), Finding> findings, string file, SourceSpan span, ComposeService service, string what, ImageArchitecture architecture, IEnumerable<DeviceType> boards)
    {
        var cannot = boards.Where(b => !b.Architecture.CanRun(architecture.Architecture)).ToList();
        if (cannot.Count == 0)
        {
            return;
        }

        if (!findings.TryGetValue((file, span), out var finding))
        {
            finding = new Finding(what, architecture, [], []);
            findings[(file, span)] = finding;
        }

        if (!finding.Services.Contains(service.Name.Value))
        {
            finding.Services.Add(service.Name.Value);
        }

        finding.Boards.AddRange(cannot.Where(b => !finding.Boards.Contains(b)));
    }

    private static Diagnostic Report(string file, SourceSpan span, Finding finding)
    {
        var many = finding.Services.Count > 1;
        var services = (many ? "services " : "service ") + And(finding.Services.Select(s => $"'{s}'").ToList(), "and");
        var boards = And(finding.Boards.Select(b => $"'{b.Slug}' ({b.Architecture.Slug()})").ToList(), "or");
        var arch = finding.Architecture;
        var them = finding.Boards.Count == 1 ? "it" : "them";
        string message;
        if (finding.What.StartsWith("platform", StringComparison.Ordinal))
        {
            message = $"{services} {(many ? "set" : "sets")} {finding.What}, so {(many ? "they run" : "it runs")} {arch.Description} code, which cannot run on {boards}; remove the platform line, or remove {them} from supportedDeviceTypes";
        }
        else if (finding.What.StartsWith("image", StringComparison.Ordinal))
        {
            message = $"{services} {(many ? "pull" : "pulls")} {finding.What}, which is built for {arch.Description}: {arch.Reason}. It cannot run on {boards}; use a multi-architecture image or one with %%BALENA_ARCH%% in its name, or remove {them} from supportedDeviceTypes";
        }
        else
        {
            message = $"{services} {(many ? "build" : "builds")} from {finding.What}, built for {arch.Description}: {arch.Reason}. It cannot run on {boards}; base it on a multi-architecture image or on balenalib/%%BALENA_MACHINE_NAME%%-…, add a Dockerfile.<arch> for {them}, or remove {them} from supportedDeviceTypes";
        }

        return DiagnosticCodes.ImageArchitectureMismatch.Create(message, file, span);
    }

    private static string And(List<string> items, string conjunction) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + $" {conjunction} " + items[^1];

    private sealed record Finding(string What, ImageArchitecture Architecture, List<string> Services, List<DeviceType> Boards);
}
