using FleetCatalog.Diagnostics;

namespace FleetCatalog.Projects.Dockerfiles;

/// <summary>One <c>FROM</c> of a Dockerfile, as written (variables not yet expanded).</summary>
/// <param name="Image">The base image or earlier stage, e.g. <c>balenalib/%%BALENA_MACHINE_NAME%%-debian</c> or <c>${BASE}:1.0</c>.</param>
/// <param name="Platform">The value of a <c>--platform=</c> flag, if any.</param>
/// <param name="Name">The stage's name after <c>AS</c>, if any.</param>
/// <param name="ImageSpan">Where <see cref="Image"/> stands in the file.</param>
internal sealed record DockerfileStage(string Image, string? Platform, string? Name, SourceSpan ImageSpan);
