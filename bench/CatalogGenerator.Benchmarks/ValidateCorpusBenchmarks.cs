using BenchmarkDotNet.Attributes;
using FleetCatalog.Devices;
using FleetCatalog.Projects;
using FleetCatalog.Validation;
using FleetCatalog.Yaml;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// The validator's own work on the whole corpus, with the files already in memory (loaded once in the
/// setup), so disk and process start-up do not blur the figures; <c>--quick</c> measures those end to end.
/// </summary>
[MemoryDiagnoser]
public class ValidateCorpusBenchmarks
{
    private List<ProjectInput> _projects = [];
    private List<ProjectFile> _manifests = [];
    private ManifestValidator _validator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Find();
        _projects = [.. Corpus.Projects(corpus).Select(dir => ProjectLoader.FromDirectory(dir, Path.GetFileName(dir)))];
        _manifests = [.. _projects.Select(p => p.Manifest).OfType<ProjectFile>()];
        _validator = new ManifestValidator(DeviceRegistry.Default);
        if (_projects.Count == 0)
        {
            throw new InvalidOperationException($"the corpus at {corpus} has no project folders");
        }
    }

    /// <summary>YAML parse, manifest model and every rule, for each corpus project.</summary>
    [Benchmark(Baseline = true)]
    public int ParseAndValidateAll()
    {
        var diagnostics = 0;
        foreach (var project in _projects)
        {
            diagnostics += _validator.Validate(project).Diagnostics.Length;
        }

        return diagnostics;
    }

    /// <summary>Only the YAML reader (positions, anchors, js-yaml scalar resolution), for each corpus manifest.</summary>
    [Benchmark]
    public int ReadYamlAll()
    {
        var nodes = 0;
        foreach (var manifest in _manifests)
        {
            nodes += YamlDocumentReader.Read(manifest.Text, manifest.Path).Root is null ? 0 : 1;
        }

        return nodes;
    }
}
