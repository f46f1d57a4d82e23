// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of PaintDotNet.IndirectUI.{ControlInfo, PanelControlInfo, PropertyControlInfo, PropertyControlType,
// ControlInfoPropertyNames, WindowHelpContentType} (PaintDotNet.Core.dll). Enum values as documented. The
// control values the plugin sets are recorded so that tests can read back what the dialog would show.
using System.Collections.Generic;
using System.Linq;
using PaintDotNet.PropertySystem;

namespace PaintDotNet.IndirectUI;

public enum PropertyControlType
{
    AngleChooser = 0,
    CheckBox = 1,
    PanAndSlider = 2,
    Slider = 3,
    IncrementButton = 4,
    DropDown = 5,
    TextBox = 6,
    RadioButton = 7,
    ColorWheel = 8,
    RollBallAndSliders = 9,
    FileChooser = 10,
    LinkLabel = 11,
    FolderChooser = 12,
    Null = 13,
    Label = 14,
}

public enum WindowHelpContentType
{
    None = 0,
    PlainText = 1,
    CustomViaCallback = 2,
}

public enum ControlInfoPropertyNames
{
    DisplayName = 0,
    Description = 1,
    ControlType = 2,
    ButtonText = 3,
    UseExponentialScale = 4,
    DecimalPlaces = 5,
    SliderSmallChange = 6,
    SliderLargeChange = 9,
    UpDownIncrement = 12,
    Multiline = 16,
    ShowResetButton = 17,
    WindowTitle = 21,
    WindowWidthScale = 22,
    WindowIsSizable = 23,
    Footnote = 28,
    WindowHelpContentType = 32,
    WindowHelpContent = 33,
    AllowAllFiles = 34,
    FileTypes = 35,
    ShowHeaderLine = 36,
}

public abstract class ControlInfo : System.ICloneable
{
    private protected ControlInfo()
    {
    }

    internal List<PropertyControlInfo> Children { get; } = [];

    public abstract ControlInfo Clone();

    object System.ICloneable.Clone() => this.Clone();

    public PropertyControlInfo? FindControlForPropertyName(object propertyName)
        => this.Children.FirstOrDefault(c => c.Property.Name == propertyName.ToString());

    public bool SetPropertyControlValue(object propertyName, object controlPropertyName, object? propertyValue)
    {
        PropertyControlInfo? control = this.FindControlForPropertyName(propertyName);
        if (control is null)
        {
            return false;
        }

        control.ControlValues[(ControlInfoPropertyNames)controlPropertyName] = propertyValue;
        return true;
    }

    public bool SetPropertyControlType(object propertyName, PropertyControlType newControlType)
    {
        PropertyControlInfo? control = this.FindControlForPropertyName(propertyName);
        control?.SetControlType(newControlType);
        return control is not null;
    }
}

public sealed class PanelControlInfo : ControlInfo, System.ICloneable
{
    public PanelControlInfo()
    {
    }

    public override ControlInfo Clone() => (ControlInfo)this.MemberwiseClone();
}

public sealed class PropertyControlInfo : ControlInfo, System.ICloneable
{
    internal PropertyControlInfo(Property property) => this.Property = property;

    public Property Property { get; }

    internal PropertyControlType? ChosenControlType { get; private set; }

    internal Dictionary<ControlInfoPropertyNames, object?> ControlValues { get; } = [];

    internal Dictionary<object, string> ValueDisplayNames { get; } = [];

    public override ControlInfo Clone() => (ControlInfo)this.MemberwiseClone();

    public void SetValueDisplayName(object value, string displayName) => this.ValueDisplayNames[value] = displayName;

    internal void SetControlType(PropertyControlType type) => this.ChosenControlType = type;
}
