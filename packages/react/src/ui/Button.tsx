import type { ButtonHTMLAttributes } from 'react';
import { cx } from './cx';
import './ui.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one main action of a widget, `ghost` for quiet actions. Default: `secondary`. */
  variant?: 'primary' | 'secondary' | 'ghost';
  /** Default: `md`. */
  size?: 'sm' | 'md';
}

/** The button every widget uses: `.ck-button` with `data-variant` and `data-size`. */
export function Button({ variant = 'secondary', size = 'md', className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={cx('ck-button', className)} data-variant={variant} data-size={size} {...rest} />
  );
}
