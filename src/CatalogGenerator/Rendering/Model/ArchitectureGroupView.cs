namespace FleetCatalog.Rendering.Model;

/// <summary>Boards that share a processor architecture (a project built for one usually runs on all of them).</summary>
/// <param name="Architecture">The balena slug (<c>aarch64</c>, <c>armv7hf</c>, <c>rpi</c>, <c>amd64</c>, <c>i386</c>).</param>
/// <param name="Label">In plain words, e.g. "64-bit ARM (aarch64)".</param>
internal sealed record ArchitectureGroupView(string Architecture, string Label, IReadOnlyList<BoardChoiceView> Boards);
