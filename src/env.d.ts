/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Present when served by `npm start` (the hub server); absent under `astro dev`. */
    hub?: import('./domain/hub-health.ts').HubServices;
  }
}
