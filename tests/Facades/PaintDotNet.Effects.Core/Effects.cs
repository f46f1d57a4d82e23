// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of PaintDotNet.Effects.{EffectBase, BitmapEffect, BitmapEffect<TToken>, PropertyBasedBitmapEffect}
// (apidocs 5.1.9): the constructors and protected members an effect overrides or reads. Paint.NET's host
// drives them; here EffectTestHost does, in the order Paint.NET documents (render info, token, render).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PaintDotNet.ComponentModel;
using PaintDotNet.IndirectUI;
using PaintDotNet.PropertySystem;

namespace PaintDotNet.Effects;

public abstract class EffectBase : RefTrackedObject, IDisposable
{
    private protected EffectBase(string name, string? submenuName)
    {
        this.Name = name;
        this.SubmenuName = submenuName;
    }

    internal string Name { get; }

    internal string? SubmenuName { get; }

    protected CancellationToken CancellationToken { get; private set; }

    protected bool IsCancelRequested => this.CancellationToken.IsCancellationRequested;

    protected IServiceProvider Services { get; private set; } = null!;

    protected EffectConfigToken Token { get; private set; } = null!;

    protected virtual void OnDispose(bool disposing)
    {
    }

    protected sealed override void Dispose(bool disposing) => this.OnDispose(disposing);

    internal void AttachHost(IServiceProvider services, CancellationToken cancellationToken)
    {
        this.Services = services;
        this.CancellationToken = cancellationToken;
    }

    internal void AttachToken(EffectConfigToken token) => this.Token = token;
}

public abstract class BitmapEffect : EffectBase, IDisposable
{
    protected BitmapEffect(string name, string? submenuName, BitmapEffectOptions options)
        : base(name, submenuName) => this.Options = options;

    internal BitmapEffectOptions Options { get; }

    protected IBitmapEffectEnvironment Environment { get; private set; } = null!;

    protected virtual void OnInitializeRenderInfo(IBitmapEffectRenderInfo renderInfo)
    {
    }

    protected virtual void OnSetToken(EffectConfigToken? newToken)
    {
    }

    protected abstract void OnRender(IBitmapEffectOutput output);

    protected override void OnDispose(bool disposing)
    {
    }

    internal void AttachEnvironment(IBitmapEffectEnvironment environment) => this.Environment = environment;

    internal void InitializeRenderInfo(IBitmapEffectRenderInfo renderInfo) => this.OnInitializeRenderInfo(renderInfo);

    internal void SetToken(EffectConfigToken? token)
    {
        if (token is not null)
        {
            this.AttachToken(token);
        }

        this.OnSetToken(token);
    }

    internal void Render(IBitmapEffectOutput output) => this.OnRender(output);
}

public abstract class BitmapEffect<TToken> : BitmapEffect, IDisposable
    where TToken : EffectConfigToken
{
    protected BitmapEffect(string name, string? submenuName, BitmapEffectOptions options)
        : base(name, submenuName, options)
    {
    }

    protected new TToken Token => (TToken)base.Token;

    protected sealed override void OnSetToken(EffectConfigToken? newToken) => this.OnSetToken((TToken?)newToken);

    protected virtual void OnSetToken(TToken? newToken)
    {
    }
}

public abstract class PropertyBasedBitmapEffect : BitmapEffect<PropertyBasedEffectConfigToken>, IDisposable
{
    protected PropertyBasedBitmapEffect(string name, string? submenuName, BitmapEffectOptions options)
        : base(name, submenuName, options)
    {
    }

    public static ControlInfo CreateDefaultConfigUI(IEnumerable<Property> props)
    {
        var panel = new PanelControlInfo();
        panel.Children.AddRange(props.Select(p => new PropertyControlInfo(p)));
        return panel;
    }

    public ControlInfo CreateConfigUI(PropertyCollection props) => this.OnCreateConfigUI(props);

    public PropertyCollection CreatePropertyCollection() => this.OnCreatePropertyCollection();

    protected abstract PropertyCollection OnCreatePropertyCollection();

    protected virtual ControlInfo OnCreateConfigUI(PropertyCollection props) => CreateDefaultConfigUI(props);

    protected virtual void OnCustomizeConfigUIWindowProperties(PropertyCollection props)
    {
    }

    internal PropertyCollection CustomizeWindowProperties()
    {
        PropertyCollection props = new(
        [
            new StringProperty(ControlInfoPropertyNames.WindowTitle, this.Name),
            StaticListChoiceProperty.CreateForEnum(ControlInfoPropertyNames.WindowHelpContentType, WindowHelpContentType.None),
            new StringProperty(ControlInfoPropertyNames.WindowHelpContent, string.Empty),
        ]);
        this.OnCustomizeConfigUIWindowProperties(props);
        return props;
    }
}
