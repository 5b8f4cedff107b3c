using FleetCatalog.Projects.Dockerfiles;

namespace FleetCatalog.Tests.Projects.Dockerfiles;

public sealed class DockerfileReaderTests
{
    [Fact]
    public void Reads_each_from_with_its_image_position_platform_and_name()
    {
        var dockerfile = DockerfileReader.Read("Dockerfile", "# build\nFROM --platform=linux/amd64 golang:1.22 AS build\nRUN go build\n\nfrom  alpine\n");

        Assert.Collection(
            dockerfile.Stages,
            s =>
            {
                Assert.Equal(("golang:1.22", "linux/amd64", "build"), (s.Image, s.Platform, s.Name));
                Assert.Equal((2, 29, 2, 40), (s.ImageSpan.Line, s.ImageSpan.Column, s.ImageSpan.EndLine, s.ImageSpan.EndColumn));
            },
            s =>
            {
                Assert.Equal(("alpine", null, null), (s.Image, s.Platform, s.Name));
                Assert.Equal((5, 7), (s.ImageSpan.Line, s.ImageSpan.Column));
            });
    }

    [Fact]
    public void Joins_continued_lines_and_keeps_the_position_on_the_continuation()
    {
        var dockerfile = DockerfileReader.Read("Dockerfile", "FROM \\\n  # a comment inside\n    balenalib/amd64-debian\nCMD x\n");

        var stage = Assert.Single(dockerfile.Stages);
        Assert.Equal("balenalib/amd64-debian", stage.Image);
        Assert.Equal((3, 5), (stage.ImageSpan.Line, stage.ImageSpan.Column));
    }

    [Fact]
    public void Honours_the_escape_directive()
    {
        var dockerfile = DockerfileReader.Read("Dockerfile", "# escape=`\nFROM `\n  node:20\n");

        Assert.Equal("node:20", Assert.Single(dockerfile.Stages).Image);
    }

    [Fact]
    public void Skips_heredoc_bodies()
    {
        var dockerfile = DockerfileReader.Read("Dockerfile", "FROM alpine\nRUN <<EOF\nFROM not-an-instruction\nEOF\nCMD x\n");

        Assert.Equal("alpine", Assert.Single(dockerfile.Stages).Image);
    }

    [Fact]
    public void Keeps_global_arguments_and_their_defaults_but_not_those_of_stages()
    {
        var dockerfile = DockerfileReader.Read("Dockerfile", "ARG BASE=\"debian:bookworm\"\nARG TAG\nARG A=1 B=2\nFROM ${BASE}\nARG LATE=x\n");

        Assert.Equal("debian:bookworm", dockerfile.GlobalArguments["BASE"]);
        Assert.Null(dockerfile.GlobalArguments["TAG"]);
        Assert.Equal("2", dockerfile.GlobalArguments["B"]);
        Assert.False(dockerfile.GlobalArguments.ContainsKey("LATE"));
    }

    [Fact]
    public void The_final_stage_is_followed_back_through_stage_names()
    {
        var dockerfile = DockerfileReader.Read("Dockerfile", "FROM arm64v8/debian AS base\nFROM golang AS build\nFROM BASE AS final\nFROM final\n");

        Assert.Equal("arm64v8/debian", dockerfile.BaseOfFinalStage()?.Image);
    }

    [Fact]
    public void A_file_without_from_has_no_final_stage()
    {
        Assert.Null(DockerfileReader.Read("Dockerfile", "# nothing\n").BaseOfFinalStage());
    }
}
