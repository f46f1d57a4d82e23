// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.Core.Tests.Upscaling;

/// <summary>
/// The one GPU retry policy: out of memory halves the tile (at most three GPU attempts per job), a lost device
/// goes straight to the CPU, and nothing else is retried. The failures are what <see cref="OnnxTileSession"/>
/// makes of ONNX Runtime's own exceptions carrying DirectML's messages.
/// </summary>
public sealed class UpscaleServiceRetryTests : IDisposable
{
    // DirectML's text as ONNX Runtime wraps it (DmlCommandRecorder reporting DXGI_ERROR_DEVICE_REMOVED, and an
    // allocation failing with E_OUTOFMEMORY); the source paths and addresses are shortened.
    private const string DeviceRemoved = "Non-zero status code returned while running Conv node. Name:'Conv_0' Status Message: DmlCommandRecorder.cpp(371)\\onnxruntime.dll!00007FFB3C5B7F0B: (caller: 00007FFB3C5B8D27) Exception(3) tid(4d8c) 887A0005 The GPU device instance has been suspended. Use GetDeviceRemovedReason to determine the appropriate action.";
    private const string OutOfMemory = "Non-zero status code returned while running Conv node. Name:'Conv_3' Status Message: BucketizedBufferAllocator.cpp(122)\\onnxruntime.dll!00007FFB3C5A1C32: (caller: 00007FFB3C5A2F11) Exception(1) tid(4d8c) 8007000E Not enough memory resources are available to complete this operation.";

    private readonly Bgra32Image picture = TestImages.Create(160, 96, seed: 5);
    private readonly StencilSessionFactory sessions = new(radius: 2) { ResolvesTo = DeviceKind.DirectML };
    private readonly UpscaleService service;

    public UpscaleServiceRetryTests()
    {
        ModelDescriptor stencil = StencilSessionFactory.Model(scale: 2, contextPadding: 4);
        var installed = new ModelDescriptor { Id = stencil.Id, Name = stencil.Name, Geometry = stencil.Geometry, OnnxPath = ModelLibrary.Discover().Installed[0].OnnxPath };
        this.service = new UpscaleService(new ModelLibrary([installed]), (_, warn) => new UpscaleConfiguration { Warning = warn }, _ => this.sessions);
    }

    private UpscaleRequest Request => new() { Model = "stencil", Tile = TileSizeOption.Fixed(128), Fidelity = 0 };

    [Fact]
    public void TheRuntimesMessagesAreTranslatedIntoWhatThePolicyActsOn()
    {
        Assert.IsType<DeviceLostException>(Translate(DeviceRemoved));
        Assert.IsType<InferenceOutOfMemoryException>(Translate(OutOfMemory));
        Assert.IsType<InferenceOutOfMemoryException>(Translate("bad allocation"));
        Assert.Equal(UpscaleErrorKind.Model, Assert.IsType<UpscaleException>(Translate("Non-zero status code returned while running Resize node. Name:'Resize_2' Status Message: unsupported mode")).Kind);
    }

    [Fact]
    public void OutOfMemoryOnTheGpuHalvesTheTileTwiceThenTheCpuRuns()
    {
        this.sessions.GpuFailure = () => Translate(OutOfMemory);

        using UpscaleOutcome outcome = this.service.Run(this.picture, this.Request);

        int[] gpuTiles = [.. this.sessions.Requests.Where(r => r.Device != DeviceKind.Cpu).Select(r => r.Width)];
        Assert.Equal(3, gpuTiles.Length);
        Assert.True(gpuTiles[0] > gpuTiles[1] && gpuTiles[1] > gpuTiles[2], string.Join(", ", gpuTiles));
        Assert.Equal(DeviceKind.Cpu, this.sessions.Requests[^1].Device);
        Assert.Contains(outcome.Notes, n => n.StartsWith("The GPU (DirectML) failed, so the image was enlarged on the CPU instead", StringComparison.Ordinal));
        Assert.Contains("Out of memory on 128-pixel tiles; retrying with 64.", outcome.Notes);
        Assert.Contains("Out of memory on 64-pixel tiles; retrying with 32.", outcome.Notes);
    }

    [Fact]
    public void ALostDeviceGoesStraightToTheCpu()
    {
        this.sessions.GpuFailure = () => Translate(DeviceRemoved);

        using UpscaleOutcome outcome = this.service.Run(this.picture, this.Request);

        Assert.Single(this.sessions.Requests, r => r.Device != DeviceKind.Cpu);
        Assert.Equal(DeviceKind.Cpu, this.sessions.Requests[^1].Device);
        Assert.True(this.sessions.Evictions >= 1);
        Assert.Contains(outcome.Notes, n => n.Contains("887A0005", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCpuResultAfterAFallbackIsTheCpuResult()
    {
        using UpscaleOutcome direct = this.service.Run(this.picture, this.Request with { Device = DeviceKind.Cpu });
        this.sessions.GpuFailure = () => Translate(DeviceRemoved);

        using UpscaleOutcome fallback = this.service.Run(this.picture, this.Request);

        Assert.Equal(0, TestImages.MaxAbsDiff(direct.Image, fallback.Image));
    }

    [Fact]
    public void AFailureOnTheCpuIsNotRetriedAndCancellationNeverIs()
    {
        this.sessions.ResolvesTo = DeviceKind.Cpu;
        this.sessions.FailWhen = (_, _) => Translate("Non-zero status code returned while running Conv node. Name:'Conv_0' Status Message: bad weights");
        Assert.Equal(UpscaleErrorKind.Model, Assert.Throws<UpscaleException>(() => this.service.Run(this.picture, this.Request)).Kind);
        Assert.Single(this.sessions.Requests);

        this.sessions.Requests.Clear();
        this.sessions.FailWhen = null;
        this.sessions.ResolvesTo = DeviceKind.DirectML;
        this.sessions.GpuFailure = () => new OperationCanceledException();
        Assert.Throws<OperationCanceledException>(() => this.service.Run(this.picture, this.Request));
        Assert.Single(this.sessions.Requests);
    }

    public void Dispose()
    {
        this.service.Dispose();
        this.picture.Dispose();
    }

    // ONNX Runtime's exception is what DirectML failures arrive as; its constructor and error codes are internal
    // to the runtime, so it is made as the runtime makes it.
    private static Exception Translate(string message)
    {
        ConstructorInfo constructor = typeof(OnnxRuntimeException).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single();
        Type errorCode = constructor.GetParameters()[0].ParameterType;
        var runtime = (OnnxRuntimeException)constructor.Invoke([Enum.Parse(errorCode, "RuntimeException"), message]);
        return OnnxTileSession.Translate(runtime, "model.onnx", 72, 72);
    }
}
