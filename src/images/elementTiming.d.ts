import "react";

declare module "react" {
  interface ImgHTMLAttributes<T> extends HTMLAttributes<T> {
    /** Names the image for the Element Timing API, so that the moment it is painted can be measured. */
    elementtiming?: string;
  }
}
