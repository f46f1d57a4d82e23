// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// A batch of dispatches that runs, in order, when disposed — as the real context records a command list
/// and executes it on <see cref="Dispose"/>. Reading a buffer back before disposing therefore sees the old
/// contents here too, so ordering mistakes show up on Linux.
/// </summary>
public struct ComputeContext : IDisposable
{
    private readonly GraphicsDevice? device;
    private List<Action>? commands;

    /// <summary>Initializes a new instance of the <see cref="ComputeContext"/> struct.</summary>
    /// <param name="device">The owning device.</param>
    internal ComputeContext(GraphicsDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        device.ThrowIfDisposed();
        this.device = device;
        this.commands = [];
    }

    /// <summary>Gets the device the context runs on.</summary>
    public readonly GraphicsDevice GraphicsDevice => this.device ?? throw new InvalidOperationException("The context was not created by a device.");

    /// <summary>Queues a command.</summary>
    /// <param name="command">The command.</param>
    internal readonly void Enqueue(Action command)
    {
        (this.commands ?? throw new InvalidOperationException("The context was not created by a device or was already disposed.")).Add(command);
    }

    /// <summary>Runs the queued dispatches in order and waits for them.</summary>
    public void Dispose()
    {
        List<Action>? queued = this.commands;
        this.commands = null;
        if (queued is null)
        {
            return;
        }

        this.GraphicsDevice.ThrowIfDisposed();
        foreach (Action command in queued)
        {
            command();
        }
    }
}
