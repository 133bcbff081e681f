// Moves focus to the error summary so a screen reader announces it and the keyboard starts there.
document.querySelector('.error-summary')?.focus();
