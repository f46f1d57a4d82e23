// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;

namespace PdnUpscale.Gpu.Tests.Facade;

/// <summary>
/// The emulation behaves like ComputeSharp where it matters for trusting the shader tests: every thread runs
/// exactly once with its ids, threads past the dispatch size do not run, contexts run on dispose, and the
/// generator's structural rules reject shaders that would not compile on Windows. Only meaningful where the
/// facade is in use; on Windows the same tests exercise the real package's behaviour.
/// </summary>
public sealed partial class FacadeDispatchTests
{
    [Fact]
    public void EveryThreadRunsOnceWithItsIds()
    {
        GraphicsDevice device = GraphicsDevice.GetDefault();
        using ReadWriteBuffer<int> hits = device.AllocateReadWriteBuffer<int>(13 * 11);
        device.For(13, 11, new CountShader(hits, 13));
        int[] counts = hits.ToArray();
        Assert.All(Enumerable.Range(0, counts.Length), i => Assert.Equal(i + 1, counts[i]));
    }

    [Fact]
    public void ContextRunsItsDispatchesWhenDisposed()
    {
        GraphicsDevice device = GraphicsDevice.GetDefault();
        using ReadWriteBuffer<int> hits = device.AllocateReadWriteBuffer<int>(4);
        using (ComputeContext context = device.CreateComputeContext())
        {
            context.For(4, 1, new CountShader(hits, 4));
            Assert.Equal(new int[4], hits.ToArray());
        }

        Assert.Equal([1, 2, 3, 4], hits.ToArray());
    }

    [Fact]
    public void ShaderOnlyApisThrowOutsideADispatch()
    {
        using ReadWriteBuffer<int> buffer = GraphicsDevice.GetDefault().AllocateReadWriteBuffer<int>(1);
        Assert.Throws<InvalidExecutionContextException>(() => ThreadIds.X);
        Assert.Throws<InvalidExecutionContextException>(() => buffer[0]);
    }

    [Fact]
    public void ShaderWithoutThreadGroupSizeIsRejected()
    {
        using ReadWriteBuffer<int> buffer = GraphicsDevice.GetDefault().AllocateReadWriteBuffer<int>(1);
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => GraphicsDevice.GetDefault().For(1, new NoGroupSizeShader(buffer)));
        Assert.Contains("CMPS0047", e.Message, StringComparison.Ordinal);
    }

    [ThreadGroupSize(DefaultThreadGroupSizes.XY)]
    [GeneratedComputeShaderDescriptor]
    internal readonly partial struct CountShader(ReadWriteBuffer<int> hits, int width) : IComputeShader
    {
        public void Execute()
        {
            int i = (ThreadIds.Y * width) + ThreadIds.X;
            hits[i] += i + 1;
        }
    }

    [GeneratedComputeShaderDescriptor]
    internal readonly partial struct NoGroupSizeShader(ReadWriteBuffer<int> buffer) : IComputeShader
    {
        public void Execute() => buffer[0] = 1;
    }
}
